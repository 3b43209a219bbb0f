/**
 * The HTTP side of the SDK, internal to it: a Jersey client over Apache HttpClient 5 with one
 * connection pool per client, the request headers, retries with backoff, the translation of problem
 * documents into exceptions, and the report of each finished call to the call listeners. Depends on
 * the model, errors and monitoring packages; only the client package uses it.
 */
package io.vhelpi.sdk.transport;

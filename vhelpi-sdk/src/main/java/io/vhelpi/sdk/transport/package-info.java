/**
 * The HTTP side of the SDK, internal to it: a Jersey client over Apache HttpClient 5 with one
 * connection pool per client, the request headers, retries with backoff, and the translation of
 * problem documents into exceptions. Depends on the model and errors packages; only the client
 * package uses it.
 */
package io.vhelpi.sdk.transport;

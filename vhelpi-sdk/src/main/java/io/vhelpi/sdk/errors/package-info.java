/**
 * The unchecked exceptions the SDK throws, one type per error code of the REST API, with the
 * request id, HTTP status, field errors and a message in the client's language. Depends on nothing
 * else in the SDK; the client and the transport depend on it.
 */
package io.vhelpi.sdk.errors;

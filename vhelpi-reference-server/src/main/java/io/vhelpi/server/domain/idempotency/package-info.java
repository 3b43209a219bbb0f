/**
 * Idempotency keys: a caller's promise that two calls with the same key are one and the same
 * request, so that repeating a create or a close after a lost answer changes nothing. Depends on
 * nothing but the domain's base exception.
 */
package io.vhelpi.server.domain.idempotency;

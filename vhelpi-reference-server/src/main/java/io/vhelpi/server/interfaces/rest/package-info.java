/**
 * The REST API under {@code /api/v1}: API-key authentication, the operator header, request ids,
 * JSON views of sessions and licenses, the sessions' server-sent event streams, and problem+json
 * errors with stable codes. Depends on the application layer.
 */
package io.vhelpi.server.interfaces.rest;

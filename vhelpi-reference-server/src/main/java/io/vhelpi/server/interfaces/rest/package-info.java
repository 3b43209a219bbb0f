/**
 * The REST API under {@code /api/v1}: API-key authentication, the operator header, request ids,
 * JSON views of sessions and licenses, and problem+json errors with stable codes.
 */
package io.vhelpi.server.interfaces.rest;

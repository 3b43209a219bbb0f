package io.vhelpi.server.application;

/**
 * On whose behalf a request runs: the organisation of the API key and the operator the host system
 * named.
 */
public record Caller(String organisationId, String operatorId) {}

/**
 * Organisations (insurers, brokers: the tenants), their API keys and the operators who act for
 * them. Nothing here depends on the other domain packages.
 */
package io.vhelpi.server.domain.organisation;

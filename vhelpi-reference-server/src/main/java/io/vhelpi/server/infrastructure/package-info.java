/**
 * Adapters to the world outside the domain: configuration, the database, notification channels and
 * schedules. Implements the domain's repository and channel interfaces; the domain never depends on
 * it.
 */
package io.vhelpi.server.infrastructure;

/**
 * Invitation channels. On the embedded default every invitation goes to the dev outbox, a table a
 * person can browse at {@code /dev/outbox}.
 */
package io.vhelpi.server.infrastructure.notification;

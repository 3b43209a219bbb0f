/**
 * Invitation channels: the dev outbox of the embedded default (a table a person can browse at
 * {@code /dev/outbox}, standing in for unconfigured channels), and in the subpackages the SMS
 * gateway and SMTP. Implements the domain's channel interfaces; nothing outside infrastructure
 * depends on it.
 */
package io.vhelpi.server.infrastructure.notification;

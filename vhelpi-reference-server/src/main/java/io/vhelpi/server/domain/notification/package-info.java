/**
 * Invitations: the message that brings a customer to a session, written to an outbox in the
 * transaction that creates the session and then delivered through a channel (SMS gateway, SMTP, or
 * the dev outbox of the embedded default).
 */
package io.vhelpi.server.domain.notification;

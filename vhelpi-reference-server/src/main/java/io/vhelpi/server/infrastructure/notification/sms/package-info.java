/**
 * SMS invitations: the channel that sends them through the configured {@link
 * io.vhelpi.server.domain.notification.SmsGateway}, and the built-in gateway speaking the HTTP JSON
 * API. Uses the domain and the configuration; nothing outside infrastructure depends on it.
 */
package io.vhelpi.server.infrastructure.notification.sms;

/**
 * E-mail invitations through SMTP with Jakarta Mail: the channel, the mail session of the server's
 * own settings, and the building of the message. Uses the domain and the configuration; nothing
 * outside infrastructure depends on it.
 */
package io.vhelpi.server.infrastructure.notification.mail;

/**
 * Server-rendered pages: the customer's join page under {@code /j} (Hungarian, phone-sized, with
 * help for links opened inside apps, and the heartbeat of a joined customer's page) and, on the
 * embedded default only, the dev outbox under {@code /dev}. Depends on the application layer.
 */
package io.vhelpi.server.interfaces.web;

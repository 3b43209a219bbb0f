/**
 * Server-rendered pages: the customer's join page under {@code /j} (Hungarian, phone-sized) and, on
 * the embedded default only, the dev outbox under {@code /dev}.
 */
package io.vhelpi.server.interfaces.web;

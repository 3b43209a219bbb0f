/**
 * Use cases: invite a customer, find, close and expire sessions, read history and licenses, deliver
 * invitations. Each public method is one transaction boundary. Depends on the domain and on
 * infrastructure only through the domain's interfaces and {@link
 * io.vhelpi.server.application.ServerSettings}.
 */
package io.vhelpi.server.application;

/**
 * Use cases: invite a customer (and invite again), find, keep alive, close and expire sessions,
 * read history and licenses, deliver invitations, and announce session changes as CDI events. Each
 * public method is one transaction boundary. Depends on the domain and on infrastructure only
 * through the domain's interfaces and {@link io.vhelpi.server.application.ServerSettings}.
 */
package io.vhelpi.server.application;

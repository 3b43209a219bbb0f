/**
 * The domain: sessions, licenses and credits, organisations and invitations, with the rules that
 * keep them consistent. Depends on nothing but Jakarta Persistence annotations and {@code
 * vhelpi-core}.
 */
package io.vhelpi.server.domain;

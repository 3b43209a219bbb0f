/**
 * Licenses and their credits. A session costs one credit; every change of a balance is written to
 * the credit ledger, so a balance can always be explained and checked.
 */
package io.vhelpi.server.domain.license;

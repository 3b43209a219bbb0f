package io.vhelpi.server.domain.license;

/**
 * A license whose balance differs from the sum of its ledger entries: a fault that needs a person.
 *
 * @param licenseId the license
 * @param credits its balance
 * @param ledgerSum the sum of its ledger deltas
 */
public record LedgerMismatch(String licenseId, int credits, long ledgerSum) {}

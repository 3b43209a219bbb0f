package io.vhelpi.server.application;

import io.vhelpi.server.domain.license.LedgerMismatch;
import java.util.List;

/**
 * The result of comparing every license's balance with the sum of its ledger.
 *
 * @param licensesChecked how many licenses there are
 * @param mismatches the licenses whose balance and ledger disagree; empty when all agree
 */
public record LedgerCheck(long licensesChecked, List<LedgerMismatch> mismatches) {

    /** Whether every balance equals the sum of its ledger. */
    public boolean consistent() {
        return mismatches.isEmpty();
    }
}

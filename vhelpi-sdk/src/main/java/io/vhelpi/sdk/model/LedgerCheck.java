package io.vhelpi.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The server's comparison of every license balance with the sum of its ledger.
 *
 * @param consistent whether every balance equals the sum of its ledger
 * @param licensesChecked how many licenses were compared
 * @param mismatches the licenses whose balance and ledger disagree, never {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerCheck(
        boolean consistent, long licensesChecked, List<LedgerCheck.Mismatch> mismatches) {

    /** Makes the list of mismatches immutable; a missing list becomes an empty one. */
    public LedgerCheck {
        mismatches = mismatches == null ? List.of() : List.copyOf(mismatches);
    }

    /**
     * A license whose balance differs from the sum of its ledger.
     *
     * @param licenseId the license
     * @param credits its balance
     * @param ledgerSum the sum of its ledger deltas
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mismatch(String licenseId, int credits, long ledgerSum) {}
}

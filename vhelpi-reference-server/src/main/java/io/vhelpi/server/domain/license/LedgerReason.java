package io.vhelpi.server.domain.license;

/** Why a license balance changed. */
public enum LedgerReason {
    /** Credits bought or granted. */
    GRANT,
    /** One credit for a created session. */
    DEBIT,
    /** A credit returned for an invitation that could never be delivered. */
    REFUND,
    /** A correction made by hand, with a note. */
    ADJUSTMENT
}

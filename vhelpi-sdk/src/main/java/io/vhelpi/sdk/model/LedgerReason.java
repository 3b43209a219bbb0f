package io.vhelpi.sdk.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Why a license balance changed. */
public enum LedgerReason {
    /** Credits bought or granted: a new license's first credits or a top-up. */
    GRANT,
    /** One credit for a created session. */
    DEBIT,
    /** A credit returned for an invitation that could never be delivered. */
    REFUND,
    /** A correction made by hand, with a note. */
    ADJUSTMENT,
    /** A reason this version of the SDK does not know yet. */
    @JsonEnumDefaultValue
    UNKNOWN
}

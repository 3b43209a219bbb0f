package io.vhelpi.sdk.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Whose license it is. */
public enum LicenseKind {
    /** The organisation's own license. */
    OWN,
    /** Another organisation lets this one use its license. */
    SHARED,
    /** A kind this version of the SDK does not know yet. */
    @JsonEnumDefaultValue
    UNKNOWN
}

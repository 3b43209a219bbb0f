package io.vhelpi.sdk.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a session is in its life. */
public enum SessionStatus {
    /** The invitation went out; waiting for the customer to join. */
    INVITED,
    /** The customer joined. */
    IN_PROGRESS,
    /** The operator closed the session. */
    CLOSED,
    /** The session expired one hour after its last activity. */
    EXPIRED,
    /** A status this version of the SDK does not know yet. */
    @JsonEnumDefaultValue
    UNKNOWN
}

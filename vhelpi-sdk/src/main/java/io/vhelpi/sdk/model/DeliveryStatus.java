package io.vhelpi.sdk.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How far the invitation got on its way to the customer. */
public enum DeliveryStatus {
    /** Queued, not yet handed to the SMS gateway or mail server. */
    PENDING,
    /** Handed to the SMS gateway or mail server. */
    SENT,
    /** Confirmed delivered to the customer. */
    DELIVERED,
    /** Could not be delivered; see the failure reason. */
    FAILED,
    /** A status this version of the SDK does not know yet. */
    @JsonEnumDefaultValue
    UNKNOWN
}

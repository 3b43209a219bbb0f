package io.vhelpi.sdk.model;

import java.util.Locale;

/** What a session event announces. */
public enum SessionEventType {
    /**
     * The session as it is when the event stream opened (or opened again after a break): always the
     * first event, so a listener never misses where the session stands.
     */
    SESSION,
    /** The customer joined; the session is in progress. */
    CUSTOMER_JOINED,
    /** The invitation was sent, failed, or was sent again. */
    INVITATION_UPDATED,
    /** The operator closed the session (or cancelled it before the customer joined). */
    CLOSED,
    /** The session expired after its idle timeout. */
    EXPIRED,
    /** An event this version of the SDK does not know yet. */
    UNKNOWN;

    /**
     * The type of an event name on the wire, e.g. {@code customer_joined}.
     *
     * @param name the event name
     * @return the type, {@link #UNKNOWN} for a name this SDK does not know
     */
    public static SessionEventType fromWireName(String name) {
        if (name == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return UNKNOWN;
        }
    }
}

package io.vhelpi.server.domain.notification;

/** How far an invitation got. */
public enum DeliveryStatus {
    /** Written to the outbox, not handed to a channel yet. */
    PENDING,
    /** Accepted by the channel (gateway, mail server, dev outbox). */
    SENT,
    /** The channel confirmed it reached the customer. */
    DELIVERED,
    /** It cannot be delivered; the reason says why. */
    FAILED
}

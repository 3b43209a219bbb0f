package io.vhelpi.core;

/** The way the customer receives the invitation link. */
public enum Channel {
    /** A text message to a Hungarian mobile number. */
    SMS,

    /** An e-mail to one address. */
    EMAIL
}

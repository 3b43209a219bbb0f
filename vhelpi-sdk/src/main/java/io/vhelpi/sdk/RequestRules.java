package io.vhelpi.sdk;

import java.time.Duration;
import java.util.UUID;

/** The checks shared by the client's settings and its requests: timeouts and idempotency keys. */
final class RequestRules {

    /** Beyond this a timeout no longer fits the HTTP client's int milliseconds. */
    static final Duration MAX_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

    private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 128;

    private RequestRules() {}

    /**
     * Checks a timeout: present, positive and finite.
     *
     * @throws IllegalArgumentException naming the setting when it is not
     */
    static Duration requireTimeout(Duration timeout, String setting) {
        if (timeout == null) {
            throw new IllegalArgumentException(setting + " is required");
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException(setting + " must be positive");
        }
        if (timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(
                    setting + " must be at most " + MAX_TIMEOUT.toDays() + " days");
        }
        return timeout;
    }

    /**
     * Checks a caller's idempotency key: 1 to 128 printable ASCII characters without spaces.
     *
     * @throws IllegalArgumentException when it is not of that form
     */
    static String requireIdempotencyKey(String idempotencyKey) {
        if (idempotencyKey == null
                || idempotencyKey.isEmpty()
                || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH
                || !idempotencyKey.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new IllegalArgumentException(
                    "idempotencyKey must be 1 to 128 printable ASCII characters");
        }
        return idempotencyKey;
    }

    /** A new random idempotency key, for a call whose caller gave none. */
    static String newIdempotencyKey() {
        return UUID.randomUUID().toString();
    }
}

package io.vhelpi.sdk.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * The server refused the call because of too many requests ({@code 429 rate_limited}). The SDK
 * retries such calls itself; this exception means the retries ran out.
 */
public class RateLimitedException extends VhelpiException {

    private static final long serialVersionUID = 1L;

    /** The error code this exception stands for. */
    public static final String CODE = "rate_limited";

    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param details what is known about the failed call
     * @param retryAfter how long the server asked to wait, or {@code null}
     */
    public RateLimitedException(ErrorDetails details, Duration retryAfter) {
        super(CODE, details, null);
        this.retryAfter = retryAfter;
    }

    /**
     * How long the server asked to wait before the next try, from the {@code Retry-After} header.
     *
     * @return the wait, or empty when the server did not say
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

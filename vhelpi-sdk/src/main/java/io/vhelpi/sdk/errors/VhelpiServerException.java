package io.vhelpi.sdk.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * The server failed ({@code 5xx}) or answered with something the SDK does not understand: an error
 * code it does not know or a body that is not a problem document.
 */
public class VhelpiServerException extends VhelpiException {

    private static final long serialVersionUID = 1L;

    /** The code used for a {@code 5xx} answer without an error code of its own. */
    public static final String SERVER_ERROR = "server_error";

    /** The code used for an answer the SDK cannot interpret. */
    public static final String UNEXPECTED_RESPONSE = "unexpected_response";

    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param code the server's error code, or one of {@link #SERVER_ERROR} and {@link
     *     #UNEXPECTED_RESPONSE}
     * @param details what is known about the failed call
     * @param cause the underlying failure, or {@code null}
     */
    public VhelpiServerException(String code, ErrorDetails details, Throwable cause) {
        this(code, details, cause, null);
    }

    /**
     * Creates the exception for an answer that asked to wait before trying again.
     *
     * @param code the server's error code, or one of {@link #SERVER_ERROR} and {@link
     *     #UNEXPECTED_RESPONSE}
     * @param details what is known about the failed call
     * @param cause the underlying failure, or {@code null}
     * @param retryAfter the wait the {@code Retry-After} header asked for, or {@code null}
     */
    public VhelpiServerException(
            String code, ErrorDetails details, Throwable cause, Duration retryAfter) {
        super(code, details, cause);
        this.retryAfter = retryAfter;
    }

    /**
     * How long the server asked to wait before the next try, from the {@code Retry-After} header of
     * a {@code 503}.
     *
     * @return the wait, or empty when the server did not say
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

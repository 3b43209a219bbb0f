package io.vhelpi.sdk.errors;

/**
 * The first request with the same idempotency key is still running on the server ({@code 409
 * idempotency_key_in_use}). The SDK repeats such calls itself, and a repetition then receives the
 * first request's answer; this exception means the retries ran out before it was ready.
 */
public class IdempotencyKeyInUseException extends VhelpiException {

    private static final long serialVersionUID = 1L;

    /** The error code this exception stands for. */
    public static final String CODE = "idempotency_key_in_use";

    /**
     * Creates the exception.
     *
     * @param details what is known about the failed call
     */
    public IdempotencyKeyInUseException(ErrorDetails details) {
        super(CODE, details, null);
    }
}

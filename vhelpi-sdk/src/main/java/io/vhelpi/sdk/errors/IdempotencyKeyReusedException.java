package io.vhelpi.sdk.errors;

/**
 * The idempotency key was used before with a different request ({@code 422
 * idempotency_key_reused}).
 */
public class IdempotencyKeyReusedException extends VhelpiException {

    private static final long serialVersionUID = 1L;

    /** The error code this exception stands for. */
    public static final String CODE = "idempotency_key_reused";

    /**
     * Creates the exception.
     *
     * @param details what is known about the failed call
     */
    public IdempotencyKeyReusedException(ErrorDetails details) {
        super(CODE, details, null);
    }
}

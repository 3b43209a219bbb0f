package io.vhelpi.sdk.errors;

/** The API key is missing, unknown or revoked ({@code 401 unauthorized}). */
public class UnauthorizedException extends VhelpiException {

    private static final long serialVersionUID = 1L;

    /** The error code this exception stands for. */
    public static final String CODE = "unauthorized";

    /**
     * Creates the exception.
     *
     * @param details what is known about the failed call
     */
    public UnauthorizedException(ErrorDetails details) {
        super(CODE, details, null);
    }
}

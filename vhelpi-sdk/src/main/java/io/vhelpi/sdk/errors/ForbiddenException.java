package io.vhelpi.sdk.errors;

/** The API key may not do what was asked ({@code 403 forbidden}). */
public class ForbiddenException extends VhelpiException {

    private static final long serialVersionUID = 1L;

    /** The error code this exception stands for. */
    public static final String CODE = "forbidden";

    /**
     * Creates the exception.
     *
     * @param details what is known about the failed call
     */
    public ForbiddenException(ErrorDetails details) {
        super(CODE, details, null);
    }
}

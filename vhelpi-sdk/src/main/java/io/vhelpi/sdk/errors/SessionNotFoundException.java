package io.vhelpi.sdk.errors;

/** No such session in the organisation ({@code 404 session_not_found}). */
public class SessionNotFoundException extends VhelpiException {

    private static final long serialVersionUID = 1L;

    /** The error code this exception stands for. */
    public static final String CODE = "session_not_found";

    /**
     * Creates the exception.
     *
     * @param details what is known about the failed call
     */
    public SessionNotFoundException(ErrorDetails details) {
        super(CODE, details, null);
    }
}

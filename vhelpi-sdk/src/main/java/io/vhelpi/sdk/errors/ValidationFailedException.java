package io.vhelpi.sdk.errors;

/**
 * The request was invalid ({@code validation_failed}); {@link #fieldErrors()} lists each field. The
 * SDK throws it before sending anything when its own validation rejects an invitation (then {@link
 * #httpStatus()} is {@code 0} and there is no request id), and the server answers with it as {@code
 * 400}.
 */
public class ValidationFailedException extends VhelpiException {

    private static final long serialVersionUID = 1L;

    /** The error code this exception stands for. */
    public static final String CODE = "validation_failed";

    /**
     * Creates the exception.
     *
     * @param details what is known about the rejected request, with its field errors
     */
    public ValidationFailedException(ErrorDetails details) {
        super(CODE, details, null);
    }
}

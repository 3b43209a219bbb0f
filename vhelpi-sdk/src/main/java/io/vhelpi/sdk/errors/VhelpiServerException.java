package io.vhelpi.sdk.errors;

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

    /**
     * Creates the exception.
     *
     * @param code the server's error code, or one of {@link #SERVER_ERROR} and {@link
     *     #UNEXPECTED_RESPONSE}
     * @param details what is known about the failed call
     * @param cause the underlying failure, or {@code null}
     */
    public VhelpiServerException(String code, ErrorDetails details, Throwable cause) {
        super(code, details, cause);
    }
}

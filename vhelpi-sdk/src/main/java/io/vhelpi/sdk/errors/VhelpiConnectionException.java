package io.vhelpi.sdk.errors;

/**
 * The call got no answer: the connection failed, broke or timed out, or the waiting thread was
 * interrupted. {@link #httpStatus()} is {@code 0}; {@link #requestId()} is the id the SDK sent.
 */
public class VhelpiConnectionException extends VhelpiException {

    private static final long serialVersionUID = 1L;

    /** No connection could be opened to the server; the request was not sent. */
    public static final String CONNECTION_FAILED = "connection_failed";

    /** The connection broke after the request may have been sent. */
    public static final String CONNECTION_LOST = "connection_lost";

    /** The server did not answer within the read timeout. */
    public static final String TIMEOUT = "timeout";

    /** The thread was interrupted while waiting to retry. */
    public static final String INTERRUPTED = "interrupted";

    /**
     * Creates the exception.
     *
     * @param code one of the codes declared by this class
     * @param details what is known about the failed call
     * @param cause the underlying failure
     */
    public VhelpiConnectionException(String code, ErrorDetails details, Throwable cause) {
        super(code, details, cause);
    }
}

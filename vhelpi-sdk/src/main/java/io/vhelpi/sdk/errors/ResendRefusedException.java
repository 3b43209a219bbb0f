package io.vhelpi.sdk.errors;

/**
 * The invitation cannot be sent again ({@code 409}): the customer already joined or the session
 * ended ({@code session_not_waiting}), or it was already resent as often as the server allows
 * ({@code resend_limit_reached}).
 */
public class ResendRefusedException extends VhelpiException {

    private static final long serialVersionUID = 1L;

    /** The code when the session no longer waits for its customer. */
    public static final String NOT_WAITING = "session_not_waiting";

    /** The code when the resend limit is reached. */
    public static final String LIMIT_REACHED = "resend_limit_reached";

    /**
     * Creates the exception.
     *
     * @param code {@link #NOT_WAITING} or {@link #LIMIT_REACHED}
     * @param details what is known about the failed call
     */
    public ResendRefusedException(String code, ErrorDetails details) {
        super(code, details, null);
    }
}

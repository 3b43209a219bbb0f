package io.vhelpi.sdk.errors;

/**
 * The operator already has an active session, so no new one can start until it is closed ({@code
 * 409 active_session_exists}). The active session is named so that the host application can offer
 * to reconnect to it or close it.
 */
public class ActiveSessionExistsException extends VhelpiException {

    private static final long serialVersionUID = 1L;

    /** The error code this exception stands for. */
    public static final String CODE = "active_session_exists";

    private final String activeSessionId;
    private final String activeSessionShortId;

    /**
     * Creates the exception.
     *
     * @param details what is known about the failed call
     * @param activeSessionId the id of the operator's active session, or {@code null}
     * @param activeSessionShortId its short id as the operator sees it, or {@code null}
     */
    public ActiveSessionExistsException(
            ErrorDetails details, String activeSessionId, String activeSessionShortId) {
        super(CODE, details, null);
        this.activeSessionId = activeSessionId;
        this.activeSessionShortId = activeSessionShortId;
    }

    /**
     * The id of the operator's active session.
     *
     * @return the session id, or {@code null} when the server did not name it
     */
    public String activeSessionId() {
        return activeSessionId;
    }

    /**
     * The short id of the operator's active session, e.g. {@code 4caa8cf4}.
     *
     * @return the short id, or {@code null} when the server did not name it
     */
    public String activeSessionShortId() {
        return activeSessionShortId;
    }
}

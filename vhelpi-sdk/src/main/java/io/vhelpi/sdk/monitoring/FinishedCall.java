package io.vhelpi.sdk.monitoring;

import java.time.Duration;
import java.util.Objects;

/**
 * One finished call of the client, as a {@link CallListener} receives it. It carries no personal
 * data and no secrets: no phone numbers, e-mail addresses, links or keys.
 *
 * @param operation what was called, one of the constants of this class, e.g. {@link
 *     #CREATE_SESSION}
 * @param errorCode the error code of the exception the call ended with (e.g. {@code
 *     active_session_exists}, {@code timeout}), or {@code null} when it succeeded
 * @param attempts how many HTTP requests the call took, more than 1 when it was retried
 * @param duration the time from the first attempt to the end, waits between attempts included
 */
public record FinishedCall(String operation, String errorCode, int attempts, Duration duration) {

    /** Reading the organisation's licenses. */
    public static final String LIST_LICENSES = "licenses.list";

    /** Creating a session, which sends the invitation. */
    public static final String CREATE_SESSION = "sessions.create";

    /** Reading an operator's active session. */
    public static final String ACTIVE_SESSION = "sessions.active";

    /** Reading one session. */
    public static final String GET_SESSION = "sessions.get";

    /** Closing a session. */
    public static final String CLOSE_SESSION = "sessions.close";

    /** Reading a page of an operator's history. */
    public static final String HISTORY = "sessions.history";

    /** Operation name: keep the session alive (or reconnect to it). */
    public static final String KEEP_ALIVE = "sessions.keep-alive";

    /** Operation name: send the invitation again. */
    public static final String RESEND_INVITATION = "sessions.resend";

    /** Operation name: read one license through the administration API. */
    public static final String ADMIN_GET_LICENSE = "admin.licenses.get";

    /** Operation name: list an organisation's licenses through the administration API. */
    public static final String ADMIN_LIST_LICENSES = "admin.licenses.list";

    /** Operation name: create a license. */
    public static final String ADMIN_CREATE_LICENSE = "admin.licenses.create";

    /** Operation name: top up a license's credits. */
    public static final String ADMIN_TOP_UP = "admin.licenses.top-up";

    /** Operation name: correct a license's credits by hand. */
    public static final String ADMIN_ADJUST = "admin.licenses.adjust";

    /** Operation name: let another organisation charge a license. */
    public static final String ADMIN_GRANT = "admin.licenses.grant";

    /** Operation name: withdraw another organisation's use of a license. */
    public static final String ADMIN_REVOKE_GRANT = "admin.licenses.revoke-grant";

    /** Operation name: read a license's credit ledger. */
    public static final String ADMIN_LEDGER = "admin.ledger";

    /** Operation name: check every balance against its ledger. */
    public static final String ADMIN_CHECK_LEDGER = "admin.ledger.check";

    /** The outcome of a call that succeeded. */
    public static final String SUCCESS = "success";

    /** The error code of a call that ended with an exception that is not the SDK's own. */
    public static final String UNEXPECTED_ERROR = "unexpected_error";

    /** Checks that nothing is missing. */
    public FinishedCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(duration, "duration");
    }

    /**
     * Whether the call succeeded.
     *
     * @return {@code true} when there is no error code
     */
    public boolean succeeded() {
        return errorCode == null;
    }

    /**
     * The outcome as one word, for a metric's tag: {@link #SUCCESS} or the error code.
     *
     * @return the outcome
     */
    public String outcome() {
        return errorCode == null ? SUCCESS : errorCode;
    }
}

package io.vhelpi.sdk;

import io.vhelpi.sdk.model.Session;
import io.vhelpi.sdk.monitoring.FinishedCall;
import io.vhelpi.sdk.transport.ApiRequest;
import io.vhelpi.sdk.transport.HttpTransport;
import jakarta.ws.rs.core.GenericType;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sessions of one operator, as the operator's screens show them: invite a customer, the active
 * session, one session, closing, and the history. Immutable and thread-safe; obtained from {@link
 * VhelpiClient#operator(String)}.
 */
public final class OperatorSessions {

    private static final Pattern OPERATOR_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    static final GenericType<Session> SESSION = new GenericType<>() {};

    private final HttpTransport transport;
    private final Locale locale;
    private final String operatorId;
    private final Duration timeout;

    OperatorSessions(HttpTransport transport, Locale locale, String operatorId, Duration timeout) {
        if (operatorId == null || !OPERATOR_ID.matcher(operatorId).matches()) {
            throw new IllegalArgumentException(
                    "operatorId must be 1 to 64 letters, digits, '.', '_', '-' or '@'");
        }
        this.transport = transport;
        this.locale = locale;
        this.operatorId = operatorId;
        this.timeout = timeout;
    }

    /**
     * The same operator's sessions with another limit for waiting for each answer, instead of the
     * client's read timeout; this object is left unchanged. Requests started from the copy ({@link
     * #invite()}, {@link #history()}) take the limit over and may set their own.
     *
     * @param timeout a positive duration
     * @return a copy whose calls wait at most that long for an answer
     * @throws IllegalArgumentException when the timeout is not positive
     */
    public OperatorSessions withTimeout(Duration timeout) {
        return new OperatorSessions(
                transport, locale, operatorId, RequestRules.requireTimeout(timeout, "timeout"));
    }

    /**
     * The operator's id, sent as the {@code Vhelpi-Operator} header.
     *
     * @return the operator id
     */
    public String operatorId() {
        return operatorId;
    }

    /**
     * Starts an invitation: choose the channel, the license and the case number, then send.
     *
     * @return a new, single-use invitation request
     */
    public InvitationRequest invite() {
        return new InvitationRequest(transport, locale, operatorId, timeout);
    }

    /**
     * The operator's active session, invited or in progress; while it exists no new session can be
     * started.
     *
     * @return the active session, or empty when there is none
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails
     */
    public Optional<Session> activeSession() {
        return Optional.ofNullable(
                transport.execute(
                        FinishedCall.ACTIVE_SESSION,
                        ApiRequest.get(operatorId, Map.of(), "api", "v1", "sessions", "active")
                                .withTimeout(timeout),
                        SESSION));
    }

    /**
     * One session of the organisation.
     *
     * @param sessionId the session id
     * @return the session
     * @throws io.vhelpi.sdk.errors.SessionNotFoundException when there is no such session
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails otherwise
     */
    public Session session(String sessionId) {
        return transport.execute(
                FinishedCall.GET_SESSION,
                ApiRequest.get(operatorId, Map.of(), "api", "v1", "sessions", id(sessionId))
                        .withTimeout(timeout),
                SESSION);
    }

    /**
     * Closes a session; from the invited state this cancels it before the customer joined. Closing
     * a session that has already ended is not an error. The call carries a new idempotency key,
     * reused on every retry.
     *
     * @param sessionId the session id
     * @return the session as it is now, with its final duration
     * @throws io.vhelpi.sdk.errors.SessionNotFoundException when there is no such session
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails otherwise
     */
    public Session close(String sessionId) {
        return close(sessionId, RequestRules.newIdempotencyKey());
    }

    /**
     * Closes a session with the caller's own idempotency key, e.g. one the host system keeps with
     * its own record of the close, so that repeating the close after a restart returns the first
     * answer.
     *
     * @param sessionId the session id
     * @param idempotencyKey 1 to 128 printable ASCII characters; the server keeps it for 24 hours
     * @return the session as it is now, with its final duration
     * @throws IllegalArgumentException when the key is not of that form
     * @throws io.vhelpi.sdk.errors.IdempotencyKeyReusedException when the key was used for another
     *     request
     * @throws io.vhelpi.sdk.errors.SessionNotFoundException when there is no such session
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails otherwise
     */
    public Session close(String sessionId, String idempotencyKey) {
        // Closing is idempotent by the contract as well, so the call may be repeated after a
        // timeout; the key makes the repetition return the very first answer.
        return transport.execute(
                FinishedCall.CLOSE_SESSION,
                ApiRequest.post(
                                operatorId,
                                null,
                                RequestRules.requireIdempotencyKey(idempotencyKey),
                                true,
                                "api",
                                "v1",
                                "sessions",
                                id(sessionId),
                                "close")
                        .withTimeout(timeout),
                SESSION);
    }

    /**
     * Starts a query of the operator's history, newest session first.
     *
     * @return a new, single-use history query
     */
    public HistoryQuery history() {
        return new HistoryQuery(transport, operatorId, timeout);
    }

    private static String id(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        if (sessionId.isBlank()) {
            throw new IllegalArgumentException("sessionId must not be blank");
        }
        return sessionId.strip();
    }

    /** Describes the operator's sessions by the operator id. */
    @Override
    public String toString() {
        return "OperatorSessions[operatorId=" + operatorId + "]";
    }
}

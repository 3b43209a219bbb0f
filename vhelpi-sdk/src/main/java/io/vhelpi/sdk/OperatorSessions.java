package io.vhelpi.sdk;

import io.vhelpi.sdk.errors.ErrorDetails;
import io.vhelpi.sdk.errors.VhelpiConnectionException;
import io.vhelpi.sdk.errors.VhelpiException;
import io.vhelpi.sdk.model.Session;
import io.vhelpi.sdk.model.SessionEvent;
import io.vhelpi.sdk.model.SessionStatus;
import io.vhelpi.sdk.monitoring.FinishedCall;
import io.vhelpi.sdk.transport.ApiRequest;
import io.vhelpi.sdk.transport.HttpTransport;
import jakarta.ws.rs.core.GenericType;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The sessions of one operator, as the operator's screens show them: invite a customer, wait for
 * the customer, the active session (reconnect, keep alive), one session, resending the invitation,
 * closing, and the history. Immutable and thread-safe; obtained from {@link
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
     * Tells the server the operator is still there: the active session's idle timeout (one hour by
     * default) starts again. Call it while the operator's session screen is open.
     *
     * @param sessionId the session id
     * @return the session as it is now; an ended session shows its final status
     * @throws io.vhelpi.sdk.errors.SessionNotFoundException when there is no such session
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails otherwise
     */
    public Session keepAlive(String sessionId) {
        return transport.execute(
                FinishedCall.KEEP_ALIVE,
                ApiRequest.post(
                        operatorId,
                        null,
                        null,
                        true,
                        "api",
                        "v1",
                        "sessions",
                        id(sessionId),
                        "keepalive"),
                SESSION);
    }

    /**
     * Reconnects the operator to the active session ("Nyitott munkamenet: [4caa8cf4]" —
     * "Visszacsatlakozás"): finds it and keeps it alive, as the operator is back.
     *
     * @return the active session with its new expiry, or empty when there is none
     * @throws io.vhelpi.sdk.errors.VhelpiException when a call fails
     */
    public Optional<Session> reconnect() {
        return activeSession().map(active -> keepAlive(active.id())).filter(Session::isActive);
    }

    /**
     * Sends the invitation of a session still waiting for its customer again, with a fresh link
     * (the previous link stops working), without charging a credit. A server allows this a limited
     * number of times per session (three by default).
     *
     * @param sessionId the session id
     * @return the session, whose {@code joinUrl} is {@code null}: the new link goes only to the
     *     customer
     * @throws io.vhelpi.sdk.errors.ResendRefusedException when the customer already joined, the
     *     session ended, or the limit is reached
     * @throws io.vhelpi.sdk.errors.SessionNotFoundException when there is no such session
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails otherwise
     */
    public Session resendInvitation(String sessionId) {
        // Not repeated after a timeout: a repetition would use up another resend.
        return transport.execute(
                FinishedCall.RESEND_INVITATION,
                ApiRequest.post(
                        operatorId,
                        null,
                        null,
                        false,
                        "api",
                        "v1",
                        "sessions",
                        id(sessionId),
                        "resend"),
                SESSION);
    }

    /**
     * Subscribes a listener to the session's events (server-sent events): first the session as it
     * is, then the customer joining, invitation updates, and its closing or expiry. The
     * subscription reconnects by itself after a broken connection and ends once the session ended;
     * close it to stop listening earlier.
     *
     * @param sessionId the session id
     * @param listener receives the events on the subscription's own thread
     * @return the running subscription
     */
    public SessionSubscription subscribe(String sessionId, SessionListener listener) {
        Objects.requireNonNull(listener, "listener");
        SessionSubscription subscription =
                new SessionSubscription(transport, operatorId, id(sessionId), listener);
        subscription.start();
        return subscription;
    }

    /**
     * Waits until the customer joins, without polling: the waiting screen after sending an
     * invitation.
     *
     * @param sessionId the session id
     * @param timeout how long to wait at most
     * @return the session once it no longer waits for the customer: {@code IN_PROGRESS} when the
     *     customer joined, or {@code CLOSED} / {@code EXPIRED} when it ended first; empty when the
     *     timeout passed while the customer had not joined yet
     * @throws io.vhelpi.sdk.errors.SessionNotFoundException when there is no such session
     * @throws io.vhelpi.sdk.errors.VhelpiConnectionException with code {@code interrupted} when the
     *     waiting thread is interrupted
     * @throws io.vhelpi.sdk.errors.VhelpiException when the server refuses the subscription
     */
    public Optional<Session> awaitJoin(String sessionId, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative");
        }
        CompletableFuture<Session> joined = new CompletableFuture<>();
        SessionListener waiter =
                new SessionListener() {
                    @Override
                    public void onEvent(SessionEvent event) {
                        if (event.session().status() != SessionStatus.INVITED) {
                            joined.complete(event.session());
                        }
                    }

                    @Override
                    public void onError(VhelpiException error) {
                        joined.completeExceptionally(error);
                    }
                };

        try (SessionSubscription subscription = subscribe(sessionId, waiter)) {
            return Optional.of(joined.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof VhelpiException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VhelpiConnectionException(
                    VhelpiConnectionException.INTERRUPTED,
                    ErrorDetails.withoutResponse(null, locale),
                    e);
        }
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

package io.vhelpi.server.application;

import io.vhelpi.core.format.BudapestDay;
import io.vhelpi.core.validation.ValidInvitation;
import io.vhelpi.server.domain.session.ActiveSessionExistsException;
import io.vhelpi.server.domain.session.HistoryQuery;
import io.vhelpi.server.domain.session.Session;
import io.vhelpi.server.domain.session.SessionNotFoundException;
import io.vhelpi.server.domain.session.SessionOfAnotherOperatorException;
import io.vhelpi.server.domain.session.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator does with sessions, through the host system: invite, find, keep alive, invite
 * again, close, review.
 */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = LoggerFactory.getLogger(SessionService.class);
    private static final int MAX_CREATE_ATTEMPTS = 3;

    @Inject SessionCreation creation;
    @Inject InvitationDispatcher dispatcher;
    @Inject SessionExpiry expiry;
    @Inject InvitationResend resending;
    @Inject SessionRepository sessions;
    @Inject SessionViews views;
    @Inject SessionEvents events;
    @Inject ServerSettings settings;
    @Inject Clock clock;

    /**
     * Creates a session, charges its credit and sends the invitation.
     *
     * <p>The creation commits first; the invitation is then handed to its channel at once. When
     * that attempt fails for a reason that may pass, the invitation stays in the outbox and the
     * scheduled dispatcher tries again.
     */
    public SessionDetails invite(Caller caller, ValidInvitation request) {
        SessionCreation.Created created = createOnce(caller, request);

        try {
            dispatcher.deliver(created.invitationId());
        } catch (RuntimeException e) {
            // The session and its credit are committed; the outbox keeps the invitation.
            LOG.warn(
                    "Invitation {} of session {} not sent at once; the dispatcher retries it: {}",
                    created.invitationId(),
                    created.sessionId(),
                    e.getClass().getName());
        }

        SessionDetails details = get(caller, created.sessionId());
        return new SessionDetails(
                details.session(),
                details.licenseName(),
                details.invitationStatus(),
                details.invitationFailureReason(),
                created.joinUrl(),
                details.duration());
    }

    /**
     * Creates the session. When a concurrent request of the same operator won the race, the
     * database refused this one; the answer then names the winner, and should the winner have ended
     * in the meantime, the creation is simply tried again.
     */
    private SessionCreation.Created createOnce(Caller caller, ValidInvitation request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return creation.create(caller, request);
            } catch (OperatorBusyException e) {
                Optional<String> winner = creation.activeSessionId(caller);
                if (winner.isPresent()) {
                    throw new ActiveSessionExistsException(winner.get());
                }
                if (attempt == MAX_CREATE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The operator's active session, or empty; an overdue one is expired on the way. */
    @Transactional
    public Optional<SessionDetails> active(Caller caller) {
        Optional<Session> active =
                sessions.findActive(caller.organisationId(), caller.operatorId());
        if (active.isEmpty() || expiry.expireIfOverdue(active.get(), clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(details(active.get()));
    }

    /** One session of the caller's organisation. */
    @Transactional
    public SessionDetails get(Caller caller, String sessionId) {
        Session session =
                sessions.find(caller.organisationId(), sessionId)
                        .orElseThrow(SessionNotFoundException::new);

        // An overdue session is shown as what it is, expired, even before the sweep comes by.
        Instant now = clock.instant();
        if (session.isOverdue(now)) {
            sessions.findForUpdate(caller.organisationId(), sessionId)
                    .ifPresent(locked -> expiry.expireIfOverdue(locked, now));
        }
        return details(session);
    }

    /**
     * Closes the session; before the customer joined this cancels it. Closing an ended session
     * changes nothing and answers it as it is. Only the session's own operator may close it.
     */
    @Transactional
    public SessionDetails close(Caller caller, String sessionId) {
        Session session = lockedSession(caller, sessionId);
        Instant now = clock.instant();
        boolean cancelled = session.joinedAt() == null;
        if (!expiry.expireIfOverdue(session, now) && session.close(now)) {
            if (cancelled) {
                LOG.info(
                        "Session {} cancelled by operator {} before the customer joined",
                        session.id(),
                        caller.operatorId());
            } else {
                LOG.info(
                        "Session {} closed by operator {} after {} s with the customer",
                        session.id(),
                        caller.operatorId(),
                        session.duration(now).toSeconds());
            }
            events.publish(SessionChanged.Kind.CLOSED, session);
        }
        return details(session);
    }

    /**
     * The operator is still there: an active session's idle timeout starts again. A session that
     * has already ended (or has just run out) is answered as it is, so the host sees it ended.
     */
    @Transactional
    public SessionDetails keepAlive(Caller caller, String sessionId) {
        Session session = lockedSession(caller, sessionId);
        Instant now = clock.instant();
        if (!expiry.expireIfOverdue(session, now) && session.status().isActive()) {
            session.keepAlive(now, settings.sessionIdleTimeout());
            LOG.debug("Session {} kept alive until {}", session.id(), session.expiresAt());
        }
        return details(session);
    }

    /**
     * Sends the invitation of a session still waiting for its customer again, with a fresh link,
     * without charging a credit. The previous link stops working.
     *
     * @throws io.vhelpi.server.domain.session.SessionNotWaitingException the customer joined or the
     *     session ended
     * @throws io.vhelpi.server.domain.session.ResendLimitReachedException the limit is reached
     */
    public SessionDetails resendInvitation(Caller caller, String sessionId) {
        String invitationId = resending.reissue(caller, sessionId);

        dispatcher.deliver(invitationId);

        return get(caller, sessionId);
    }

    /**
     * A page of the operator's history, newest first.
     *
     * @param search the day, case number and external reference to narrow the history to
     * @param cursor where the previous page ended; null for the first page
     */
    @Transactional
    public HistoryPage history(
            Caller caller, HistorySearch search, HistoryCursor cursor, int limit) {
        LocalDate day = search.day();
        Instant from = null;
        Instant to = null;
        if (day != null) {
            BudapestDay budapestDay = new BudapestDay(day);
            from = budapestDay.start();
            to = budapestDay.end();
        }
        HistoryQuery query =
                new HistoryQuery(
                        from,
                        to,
                        search.caseNumber(),
                        search.externalReference(),
                        cursor == null ? null : cursor.createdAt(),
                        cursor == null ? null : cursor.sessionId(),
                        limit + 1);
        List<Session> found = sessions.history(caller.organisationId(), caller.operatorId(), query);

        boolean more = found.size() > limit;
        List<Session> page = more ? found.subList(0, limit) : found;
        String next = null;
        if (more) {
            Session last = page.get(page.size() - 1);
            next = new HistoryCursor(last.createdAt(), last.id()).encode();
        }
        return new HistoryPage(views.of(page), next);
    }

    /** The session, locked to change it; only its own operator may change it. */
    private Session lockedSession(Caller caller, String sessionId) {
        Session session =
                sessions.findForUpdate(caller.organisationId(), sessionId)
                        .orElseThrow(SessionNotFoundException::new);
        if (!session.operatorId().equals(caller.operatorId())) {
            throw new SessionOfAnotherOperatorException();
        }
        return session;
    }

    private SessionDetails details(Session session) {
        return views.of(session);
    }
}

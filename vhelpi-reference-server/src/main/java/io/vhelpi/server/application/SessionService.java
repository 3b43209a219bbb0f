package io.vhelpi.server.application;

import io.vhelpi.core.format.BudapestDay;
import io.vhelpi.core.validation.ValidInvitation;
import io.vhelpi.server.domain.license.License;
import io.vhelpi.server.domain.license.LicenseRepository;
import io.vhelpi.server.domain.notification.Invitation;
import io.vhelpi.server.domain.notification.InvitationRepository;
import io.vhelpi.server.domain.session.ActiveSessionExistsException;
import io.vhelpi.server.domain.session.HistoryQuery;
import io.vhelpi.server.domain.session.Session;
import io.vhelpi.server.domain.session.SessionNotFoundException;
import io.vhelpi.server.domain.session.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What an operator does with sessions, through the host system: invite, find, close, review. */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = LoggerFactory.getLogger(SessionService.class);

    @Inject SessionCreation creation;
    @Inject InvitationDispatcher dispatcher;
    @Inject SessionExpiry expiry;
    @Inject SessionRepository sessions;
    @Inject LicenseRepository licenses;
    @Inject InvitationRepository invitations;
    @Inject Clock clock;

    /**
     * Creates a session, charges its credit and sends the invitation.
     *
     * <p>The creation commits first; the invitation is then handed to its channel at once. When
     * that attempt fails for a reason that may pass, the invitation stays in the outbox and the
     * scheduled dispatcher tries again.
     */
    public SessionDetails invite(Caller caller, ValidInvitation request) {
        SessionCreation.Created created;
        try {
            created = creation.create(caller, request);
        } catch (OperatorBusyException e) {
            throw new ActiveSessionExistsException(activeSessionIdAfterRace(caller));
        }

        try {
            dispatcher.deliver(created.invitationId());
        } catch (RuntimeException e) {
            // The session and its invitation are committed; the scheduled dispatcher retries.
            LOG.warn(
                    "Invitation {} of session {} not handed over at once; the dispatcher retries",
                    created.invitationId(),
                    created.sessionId(),
                    e);
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
        return sessions.find(caller.organisationId(), sessionId)
                .map(this::details)
                .orElseThrow(SessionNotFoundException::new);
    }

    /**
     * Closes the session; before the customer joined this cancels it. Closing an ended session
     * changes nothing and answers it as it is.
     */
    @Transactional
    public SessionDetails close(Caller caller, String sessionId) {
        Session session =
                sessions.findForUpdate(caller.organisationId(), sessionId)
                        .orElseThrow(SessionNotFoundException::new);
        Instant now = clock.instant();
        if (!expiry.expireIfOverdue(session, now) && session.close(now)) {
            LOG.info(
                    "Session {} closed by operator {} after {} s with the customer",
                    session.id(),
                    caller.operatorId(),
                    session.duration(now).toSeconds());
        }
        return details(session);
    }

    /**
     * A page of the operator's history, newest first.
     *
     * @param day only sessions created on this Budapest calendar day; null for all
     * @param cursor where the previous page ended; null for the first page
     */
    @Transactional
    public HistoryPage history(Caller caller, LocalDate day, HistoryCursor cursor, int limit) {
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
        return new HistoryPage(details(page), next);
    }

    private String activeSessionIdAfterRace(Caller caller) {
        return active(caller)
                .map(details -> details.session().id())
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "The database refused a second active session, but none"
                                                + " is active"));
    }

    private SessionDetails details(Session session) {
        return details(List.of(session)).get(0);
    }

    private List<SessionDetails> details(List<Session> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<String, Invitation> invitationsBySession =
                invitations.findBySessionIds(page.stream().map(Session::id).toList());
        Map<String, String> licenseNames =
                page.stream()
                        .map(Session::licenseId)
                        .distinct()
                        .collect(Collectors.toMap(id -> id, this::licenseName));

        List<SessionDetails> result = new ArrayList<>(page.size());
        for (Session session : page) {
            Invitation invitation = invitationsBySession.get(session.id());
            result.add(
                    new SessionDetails(
                            session,
                            licenseNames.get(session.licenseId()),
                            invitation == null ? null : invitation.status(),
                            invitation == null ? null : invitation.failureReason(),
                            null,
                            session.duration(now)));
        }
        return result;
    }

    private String licenseName(String licenseId) {
        return licenses.findById(licenseId).map(License::name).orElse("");
    }
}

package io.vhelpi.server.application;

import io.vhelpi.core.Channel;
import io.vhelpi.core.validation.ValidInvitation;
import io.vhelpi.server.domain.license.CreditLedgerEntry;
import io.vhelpi.server.domain.license.InsufficientCreditsException;
import io.vhelpi.server.domain.license.License;
import io.vhelpi.server.domain.license.LicenseNotFoundException;
import io.vhelpi.server.domain.license.LicenseRepository;
import io.vhelpi.server.domain.notification.Invitation;
import io.vhelpi.server.domain.notification.InvitationRepository;
import io.vhelpi.server.domain.session.ActiveSessionExistsException;
import io.vhelpi.server.domain.session.JoinToken;
import io.vhelpi.server.domain.session.Session;
import io.vhelpi.server.domain.session.SessionDraft;
import io.vhelpi.server.domain.session.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transaction that creates a session: charge one credit, record the session, queue its
 * invitation. Either all of it happens or none of it does.
 */
@ApplicationScoped
public class SessionCreation {

    private static final Logger LOG = LoggerFactory.getLogger(SessionCreation.class);

    @Inject SessionRepository sessions;
    @Inject LicenseRepository licenses;
    @Inject InvitationRepository invitations;
    @Inject InvitationComposer composer;
    @Inject SessionExpiry expiry;
    @Inject ServerSettings settings;
    @Inject Clock clock;

    /** What a successful creation leaves behind. */
    public record Created(String sessionId, String invitationId, String joinUrl) {}

    /**
     * Creates the session and queues its invitation.
     *
     * @throws ActiveSessionExistsException the operator already has an active session
     * @throws LicenseNotFoundException the organisation may not charge the license
     * @throws InsufficientCreditsException the license has no credit left
     * @throws OperatorBusyException a concurrent request created a session for the operator
     */
    @Transactional
    public Created create(Caller caller, ValidInvitation request) {
        Instant now = clock.instant();

        // An overdue session no longer blocks its operator, even before the sweep comes by.
        Optional<Session> active =
                sessions.findActive(caller.organisationId(), caller.operatorId());
        if (active.isPresent() && !expiry.expireIfOverdue(active.get(), now)) {
            throw new ActiveSessionExistsException(active.get().id());
        }

        License license =
                licenses.findUsable(caller.organisationId(), request.licenseId())
                        .orElseThrow(LicenseNotFoundException::new);
        int balance =
                licenses.debitOne(license.id())
                        .orElseThrow(() -> new InsufficientCreditsException(license.id()));

        JoinToken token = JoinToken.generate();
        Session session =
                Session.invite(draft(caller, request), token, now, settings.sessionIdleTimeout());
        addEnforcingOneActiveSession(session);
        licenses.record(
                CreditLedgerEntry.debitFor(
                        license.id(), session.id(), caller.operatorId(), balance, now));

        String joinUrl = settings.publicBaseUrl() + "/j/" + token.value();
        Invitation invitation = composer.compose(session, joinUrl, now);
        invitations.add(invitation);

        LOG.info(
                "Session {} created for operator {} on license {} (case {}, {}); {} credits left",
                session.id(),
                caller.operatorId(),
                license.id(),
                session.caseNumber(),
                session.channel(),
                balance);
        return new Created(session.id(), invitation.id(), joinUrl);
    }

    /**
     * The id of the operator's active session, read in a transaction of its own: after a create
     * lost the race for the operator, this names the session that won.
     */
    @Transactional
    public Optional<String> activeSessionId(Caller caller) {
        return sessions.findActive(caller.organisationId(), caller.operatorId()).map(Session::id);
    }

    private void addEnforcingOneActiveSession(Session session) {
        try {
            sessions.add(session);
        } catch (OperatorBusyException e) {
            LOG.info(
                    "Operator {} started two sessions at once; the database kept the first",
                    session.operatorId());
            throw e;
        }
    }

    private static SessionDraft draft(Caller caller, ValidInvitation request) {
        String recipient =
                request.channel() == Channel.SMS ? request.phone().e164() : request.email().value();
        String externalReference =
                request.externalReference() == null ? null : request.externalReference().value();
        return new SessionDraft(
                caller.organisationId(),
                caller.operatorId(),
                request.licenseId(),
                request.caseNumber().value(),
                externalReference,
                request.channel(),
                recipient);
    }
}

package io.vhelpi.server.application;

import io.vhelpi.core.Channel;
import io.vhelpi.core.sms.SmsText;
import io.vhelpi.core.validation.ValidInvitation;
import io.vhelpi.server.domain.license.CreditLedgerEntry;
import io.vhelpi.server.domain.license.InsufficientCreditsException;
import io.vhelpi.server.domain.license.License;
import io.vhelpi.server.domain.license.LicenseNotFoundException;
import io.vhelpi.server.domain.license.LicenseRepository;
import io.vhelpi.server.domain.notification.Invitation;
import io.vhelpi.server.domain.notification.InvitationMessage;
import io.vhelpi.server.domain.notification.InvitationRepository;
import io.vhelpi.server.domain.notification.InvitationTemplate;
import io.vhelpi.server.domain.notification.InvitationTemplateRepository;
import io.vhelpi.server.domain.notification.InvitationTemplates;
import io.vhelpi.server.domain.organisation.Organisation;
import io.vhelpi.server.domain.organisation.OrganisationRepository;
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
    @Inject InvitationTemplateRepository templates;
    @Inject OrganisationRepository organisations;
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
        Invitation invitation = invitation(session, joinUrl, now);
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

    /** The invitation in the organisation's words, with what its channel needs to know. */
    private Invitation invitation(Session session, String joinUrl, Instant now) {
        Organisation organisation = organisations.find(session.organisationId()).orElseThrow();
        InvitationTemplate template = templates.find(organisation.id()).orElse(null);
        InvitationMessage message =
                InvitationTemplates.render(
                        session.channel(),
                        organisation.name(),
                        session.caseNumber(),
                        joinUrl,
                        template);
        boolean sms = session.channel() == Channel.SMS;
        return Invitation.pending(
                session.id(),
                session.channel(),
                session.recipient(),
                message,
                sms ? null : InvitationTemplates.senderName(organisation.name(), template),
                sms ? SmsText.analyse(message.text()).segments() : null,
                now);
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

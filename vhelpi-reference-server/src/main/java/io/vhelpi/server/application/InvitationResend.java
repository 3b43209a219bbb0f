package io.vhelpi.server.application;

import io.vhelpi.server.domain.notification.Invitation;
import io.vhelpi.server.domain.notification.InvitationRepository;
import io.vhelpi.server.domain.session.JoinToken;
import io.vhelpi.server.domain.session.Session;
import io.vhelpi.server.domain.session.SessionNotFoundException;
import io.vhelpi.server.domain.session.SessionOfAnotherOperatorException;
import io.vhelpi.server.domain.session.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transaction that invites a waiting customer again: a fresh link replaces the old one (the
 * server keeps only link hashes, so the old message cannot be repeated), and a new message is
 * queued in the outbox. No credit is charged.
 */
@ApplicationScoped
public class InvitationResend {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationResend.class);

    @Inject SessionRepository sessions;
    @Inject InvitationRepository invitations;
    @Inject InvitationComposer composer;
    @Inject SessionExpiry expiry;
    @Inject SessionEvents events;
    @Inject ServerSettings settings;
    @Inject Clock clock;

    /**
     * Issues the new link and queues the new invitation.
     *
     * @return the id of the queued invitation, to be delivered after the commit
     */
    @Transactional
    public String reissue(Caller caller, String sessionId) {
        Session session =
                sessions.findForUpdate(caller.organisationId(), sessionId)
                        .orElseThrow(SessionNotFoundException::new);
        if (!session.operatorId().equals(caller.operatorId())) {
            throw new SessionOfAnotherOperatorException();
        }
        Instant now = clock.instant();
        expiry.expireIfOverdue(session, now);

        JoinToken token =
                session.reissueJoinToken(
                        now, settings.sessionIdleTimeout(), settings.maxInvitationResends());

        String joinUrl = settings.publicBaseUrl() + "/j/" + token.value();
        Invitation invitation = composer.compose(session, joinUrl, now);
        invitations.add(invitation);

        LOG.info(
                "Invitation of session {} sent again by operator {} ({} of {} resends)",
                session.id(),
                caller.operatorId(),
                session.invitationsResent(),
                settings.maxInvitationResends());
        events.publish(SessionChanged.Kind.INVITATION_UPDATED, session);
        return invitation.id();
    }
}

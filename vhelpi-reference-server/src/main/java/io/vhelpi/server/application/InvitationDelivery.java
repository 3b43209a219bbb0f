package io.vhelpi.server.application;

import io.vhelpi.core.Channel;
import io.vhelpi.server.domain.notification.DeliveryFailedException;
import io.vhelpi.server.domain.notification.Invitation;
import io.vhelpi.server.domain.notification.InvitationChannel;
import io.vhelpi.server.domain.notification.InvitationRepository;
import io.vhelpi.server.domain.session.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One try to deliver one invitation, in a transaction of its own: claim the row, hand the message
 * to its channel, record the outcome. {@link InvitationDispatcher} decides which invitations to
 * try; it calls this bean through its proxy, so that every try gets its own transaction.
 */
@ApplicationScoped
public class InvitationDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationDelivery.class);

    @Inject InvitationRepository invitations;
    @Inject Instance<InvitationChannel> channels;
    @Inject CreditRefunds refunds;
    @Inject SessionRepository sessions;
    @Inject SessionEvents events;
    @Inject ServerSettings settings;
    @Inject Clock clock;

    /**
     * Delivers one invitation if it is pending, due, and no other dispatcher holds it.
     *
     * @return whether this call made a try
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean tryOnce(String invitationId) {
        Optional<Invitation> claimed = invitations.claim(invitationId, clock.instant());
        claimed.ifPresent(this::attempt);
        return claimed.isPresent();
    }

    private void attempt(Invitation invitation) {
        try {
            String providerId =
                    channelFor(invitation.channel()).deliver(invitation, invitation.message());
            invitation.markSent(providerId, clock.instant());
            LOG.info(
                    "Invitation {} of session {} sent by {} to {} (try {})",
                    invitation.id(),
                    invitation.sessionId(),
                    invitation.channel(),
                    invitation.maskedRecipient(),
                    invitation.attempts());
            announce(invitation);
        } catch (DeliveryFailedException e) {
            failed(invitation, e);
        } catch (RuntimeException e) {
            LOG.error(
                    "Invitation {} of session {}: the {} channel failed unexpectedly",
                    invitation.id(),
                    invitation.sessionId(),
                    invitation.channel(),
                    e);
            failed(
                    invitation,
                    new DeliveryFailedException(
                            "Unexpected error: " + e.getClass().getSimpleName(), false));
        }
    }

    private void failed(Invitation invitation, DeliveryFailedException e) {
        Instant now = clock.instant();
        Optional<Instant> next =
                e.isPermanent()
                        ? Optional.empty()
                        : settings.outboxRetry().nextAttempt(invitation.attempts() + 1, now);
        if (next.isPresent()) {
            invitation.retryLater(e.getMessage(), next.get());
            LOG.warn(
                    "Invitation {} of session {} not sent on try {}, next try at {}: {}",
                    invitation.id(),
                    invitation.sessionId(),
                    invitation.attempts(),
                    next.get(),
                    e.getMessage());
            return;
        }

        String reason =
                e.isPermanent()
                        ? e.getMessage()
                        : e.getMessage()
                                + " (gave up after "
                                + (invitation.attempts() + 1)
                                + " tries)";
        invitation.markFailed(reason, now);
        // A resent invitation that fails does not undo a credit an earlier one earned.
        if (!invitations.anySent(invitation.sessionId())) {
            refunds.refundUndeliverable(invitation.sessionId());
        }
        LOG.warn(
                "Invitation {} of session {} cannot be delivered to {}: {}",
                invitation.id(),
                invitation.sessionId(),
                invitation.maskedRecipient(),
                reason);
        announce(invitation);
    }

    /** Tells the operator's open event streams, after the commit, how the invitation fared. */
    private void announce(Invitation invitation) {
        sessions.findById(invitation.sessionId())
                .ifPresent(
                        session -> events.publish(SessionChanged.Kind.INVITATION_UPDATED, session));
    }

    /** A real channel where one carries {@code channel}, otherwise a stand-in. */
    private InvitationChannel channelFor(Channel channel) {
        InvitationChannel standIn = null;
        for (InvitationChannel candidate : channels) {
            if (!candidate.carries(channel)) {
                continue;
            }
            if (!candidate.isStandIn()) {
                return candidate;
            }
            standIn = candidate;
        }
        if (standIn != null) {
            return standIn;
        }
        throw new DeliveryFailedException("No " + channel + " channel is configured", true);
    }
}

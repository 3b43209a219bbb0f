package io.vhelpi.server.application;

import io.vhelpi.core.Channel;
import io.vhelpi.core.privacy.Masking;
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
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands queued invitations to their channel. Each delivery runs in its own transaction with the
 * invitation row locked, so two servers never send the same invitation twice.
 */
@ApplicationScoped
public class InvitationDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationDispatcher.class);
    private static final int BATCH = 50;

    @Inject InvitationRepository invitations;
    @Inject Instance<InvitationChannel> channels;
    @Inject CreditRefunds refunds;
    @Inject SessionRepository sessions;
    @Inject SessionEvents events;
    @Inject Clock clock;
    @Inject InvitationDispatcher self;

    /** Delivers one invitation if it is still pending. */
    @Transactional(TxType.REQUIRES_NEW)
    public void deliver(String invitationId) {
        Optional<Invitation> found = invitations.findForDelivery(invitationId);
        if (found.isEmpty()) {
            return;
        }
        Invitation invitation = found.get();
        String recipient =
                invitation.channel() == Channel.SMS
                        ? Masking.phone(invitation.recipient())
                        : Masking.email(invitation.recipient());

        try {
            String providerId =
                    channelFor(invitation.channel()).deliver(invitation, invitation.message());
            invitation.markSent(providerId, clock.instant());
            LOG.info(
                    "Invitation {} of session {} sent by {} to {}",
                    invitation.id(),
                    invitation.sessionId(),
                    invitation.channel(),
                    recipient);
            announce(invitation);
        } catch (DeliveryFailedException e) {
            if (!e.isPermanent()) {
                LOG.warn(
                        "Invitation {} of session {} not sent yet, will retry: {}",
                        invitation.id(),
                        invitation.sessionId(),
                        e.getMessage());
                return;
            }
            invitation.markFailed(e.getMessage());
            // A resent invitation that fails does not undo a credit the first one earned.
            if (!invitations.anySent(invitation.sessionId())) {
                refunds.refundUndeliverable(invitation.sessionId());
            }
            LOG.warn(
                    "Invitation {} of session {} cannot be delivered to {}: {}",
                    invitation.id(),
                    invitation.sessionId(),
                    recipient,
                    e.getMessage());
            announce(invitation);
        }
    }

    private void announce(Invitation invitation) {
        sessions.findById(invitation.sessionId())
                .ifPresent(
                        session -> events.publish(SessionChanged.Kind.INVITATION_UPDATED, session));
    }

    /**
     * Delivers what is still pending, oldest first.
     *
     * <p>[Reliability gap] Retries come at the pace of the schedule, without backoff or a limit on
     * attempts; a complete dispatcher counts attempts, backs off exponentially and gives up
     * (failing and refunding) after the last one.
     */
    public void deliverPending() {
        List<String> pending = invitations.findPendingIds(BATCH);
        for (String invitationId : pending) {
            // Through the container's proxy: a call on this object would skip the transaction.
            self.deliver(invitationId);
        }
    }

    private InvitationChannel channelFor(Channel channel) {
        for (InvitationChannel candidate : channels) {
            if (candidate.carries(channel)) {
                return candidate;
            }
        }
        throw new DeliveryFailedException("No " + channel + " channel is configured", true);
    }
}

package io.vhelpi.server.application;

import io.vhelpi.core.Channel;
import io.vhelpi.server.domain.notification.DeliveryFailedException;
import io.vhelpi.server.domain.notification.Invitation;
import io.vhelpi.server.domain.notification.InvitationChannel;
import io.vhelpi.server.domain.notification.InvitationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands queued invitations to their channel. Each delivery runs in its own transaction with the
 * invitation's row claimed ({@code FOR UPDATE SKIP LOCKED}), so two dispatchers, on one server or
 * on several, never send the same invitation twice; a row another dispatcher holds is skipped.
 *
 * <p>A failure that may pass leaves the invitation pending until the next try is due, with an
 * exponentially growing wait ({@link ServerSettings#outboxRetry()}). A refusal, or a failure of the
 * last try, marks it failed and gives the session's credit back in the same transaction.
 *
 * <p>A server that stops while sending rolls the claim back: the invitation is still pending and is
 * sent after the restart. If the provider had already accepted it, the customer may receive it
 * twice; the gateway receives the invitation id as an idempotency key to recognise that.
 */
@ApplicationScoped
public class InvitationDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationDispatcher.class);
    private static final int BATCH = 50;

    @Inject InvitationRepository invitations;
    @Inject Instance<InvitationChannel> channels;
    @Inject CreditRefunds refunds;
    @Inject ServerSettings settings;
    @Inject Clock clock;

    /**
     * Delivers one invitation if it is pending, due, and no other dispatcher holds it.
     *
     * @return whether this call made a try
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean deliver(String invitationId) {
        Optional<Invitation> claimed = invitations.claim(invitationId, clock.instant());
        claimed.ifPresent(this::attempt);
        return claimed.isPresent();
    }

    /** Delivers what is due, the longest waiting first, each in its own transaction. */
    public void deliverPending() {
        List<String> due = invitations.findDueIds(clock.instant(), BATCH);
        for (String invitationId : due) {
            deliver(invitationId);
        }
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
        refunds.refundUndeliverable(invitation.sessionId());
        LOG.warn(
                "Invitation {} of session {} cannot be delivered to {}: {}",
                invitation.id(),
                invitation.sessionId(),
                invitation.maskedRecipient(),
                reason);
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

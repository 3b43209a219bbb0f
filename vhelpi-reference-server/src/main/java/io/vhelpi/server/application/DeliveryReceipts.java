package io.vhelpi.server.application;

import io.vhelpi.core.Channel;
import io.vhelpi.server.domain.notification.Invitation;
import io.vhelpi.server.domain.notification.InvitationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the SMS gateway reports after it accepted a message: delivered to the phone, or never to be
 * delivered. A failure gives the session's credit back, once, however often it is reported.
 */
@ApplicationScoped
public class DeliveryReceipts {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryReceipts.class);

    @Inject InvitationRepository invitations;
    @Inject CreditRefunds refunds;
    @Inject Clock clock;

    /** What became of a receipt. */
    public enum Outcome {
        /** The invitation's status changed. */
        APPLIED,
        /** The invitation had already reached that or a final status; nothing changed. */
        ALREADY_KNOWN,
        /** No invitation carries this provider message id. */
        UNKNOWN_MESSAGE
    }

    /**
     * Records a receipt of the SMS gateway.
     *
     * @param providerMessageId the id the gateway gave the message when it accepted it
     * @param delivered true for delivered, false for undeliverable
     * @param reason the gateway's reason for a failure; may be null
     */
    @Transactional
    public Outcome record(String providerMessageId, boolean delivered, String reason) {
        Optional<Invitation> found =
                invitations.findByProviderMessageIdForUpdate(Channel.SMS, providerMessageId);
        if (found.isEmpty()) {
            return Outcome.UNKNOWN_MESSAGE;
        }
        Invitation invitation = found.get();
        Instant now = clock.instant();

        if (delivered) {
            if (!invitation.confirmDelivered(now)) {
                return Outcome.ALREADY_KNOWN;
            }
            LOG.info(
                    "Invitation {} of session {} delivered to {}",
                    invitation.id(),
                    invitation.sessionId(),
                    invitation.maskedRecipient());
            return Outcome.APPLIED;
        }

        String failure =
                "SMS gateway reported it undeliverable" + (reason == null ? "" : ": " + reason);
        if (!invitation.reportUndeliverable(failure, now)) {
            return Outcome.ALREADY_KNOWN;
        }
        refunds.refundUndeliverable(invitation.sessionId());
        LOG.warn(
                "Invitation {} of session {} could not reach {}: {}",
                invitation.id(),
                invitation.sessionId(),
                invitation.maskedRecipient(),
                failure);
        return Outcome.APPLIED;
    }
}

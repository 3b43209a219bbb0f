package io.vhelpi.server.application;

import io.vhelpi.server.domain.notification.InvitationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Hands queued invitations to their channel. Each try runs in its own transaction with the
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

    private static final int BATCH = 50;

    @Inject InvitationRepository invitations;
    @Inject InvitationDelivery delivery;
    @Inject Clock clock;

    /**
     * Delivers one invitation if it is pending, due, and no other dispatcher holds it.
     *
     * @return whether a try was made
     */
    public boolean deliver(String invitationId) {
        return delivery.tryOnce(invitationId);
    }

    /** Delivers what is due, the longest waiting first, each in its own transaction. */
    public void deliverPending() {
        List<String> due = invitations.findDueIds(clock.instant(), BATCH);
        for (String invitationId : due) {
            delivery.tryOnce(invitationId);
        }
    }
}

package io.vhelpi.server.domain.notification;

import io.vhelpi.core.Channel;

/**
 * A way to hand an invitation to the outside world: an SMS gateway, an SMTP server, or the dev
 * outbox of the embedded default.
 */
public interface InvitationChannel {

    /** Whether this channel carries invitations of {@code channel}. */
    boolean carries(Channel channel);

    /**
     * Hands the message over.
     *
     * @return the provider's id of the message, for delivery receipts; may be null
     * @throws DeliveryFailedException when the message cannot be handed over
     */
    String deliver(Invitation invitation, InvitationMessage message);

    /**
     * Whether this channel only stands in where no real one is configured (the dev outbox): a real
     * channel that carries the same kind of invitation is preferred.
     */
    default boolean isStandIn() {
        return false;
    }
}

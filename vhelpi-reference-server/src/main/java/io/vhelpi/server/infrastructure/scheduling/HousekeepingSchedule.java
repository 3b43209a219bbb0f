package io.vhelpi.server.infrastructure.scheduling;

import io.vhelpi.server.application.IdempotentRequests;
import io.vhelpi.server.application.InvitationDispatcher;
import io.vhelpi.server.application.SessionExpiry;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every fifteen seconds: expire sessions nobody touched for the idle timeout, retry invitations
 * still waiting in the outbox, and forget idempotency keys older than 24 hours. Timers are not
 * persistent: a missed run is simply done by the next one. Each step has its own transactions, so
 * one failure does not stop the other.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HousekeepingSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(HousekeepingSchedule.class);

    @Inject SessionExpiry expiry;
    @Inject InvitationDispatcher dispatcher;
    @Inject IdempotentRequests idempotentRequests;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void run() {
        try {
            expiry.expireOverdue();
        } catch (RuntimeException e) {
            LOG.warn("Expiring idle sessions failed; the next run tries again", e);
        }
        try {
            dispatcher.deliverPending();
        } catch (RuntimeException e) {
            LOG.warn("Retrying pending invitations failed; the next run tries again", e);
        }
        try {
            idempotentRequests.purgeExpired();
        } catch (RuntimeException e) {
            LOG.warn("Forgetting expired idempotency keys failed; the next run tries again", e);
        }
    }
}

package io.vhelpi.server.infrastructure.scheduling;

import io.vhelpi.server.application.IdempotentRequests;
import io.vhelpi.server.application.InvitationDispatcher;
import io.vhelpi.server.application.SessionExpiry;
import io.vhelpi.server.infrastructure.config.ServerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code vhelpi.housekeeping.interval} (fifteen seconds unless configured): expire sessions
 * nobody touched for the idle timeout, deliver invitations whose next try is due, and forget
 * idempotency keys older than 24 hours. The timer is not persistent: a missed run is simply done by
 * the next one. Each step has its own transactions, so one failure does not stop the others.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HousekeepingSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(HousekeepingSchedule.class);

    @Resource TimerService timers;
    @Inject ServerConfig config;
    @Inject SessionExpiry expiry;
    @Inject InvitationDispatcher dispatcher;
    @Inject IdempotentRequests idempotentRequests;

    @PostConstruct
    void start() {
        long interval = config.housekeepingInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("housekeeping", false));
    }

    @Timeout
    void run() {
        try {
            expiry.expireOverdue();
        } catch (RuntimeException e) {
            LOG.warn("Expiring idle sessions failed; the next run tries again", e);
        }
        try {
            dispatcher.deliverPending();
        } catch (RuntimeException e) {
            LOG.warn("Delivering due invitations failed; the next run tries again", e);
        }
        try {
            idempotentRequests.purgeExpired();
        } catch (RuntimeException e) {
            LOG.warn("Forgetting expired idempotency keys failed; the next run tries again", e);
        }
    }
}

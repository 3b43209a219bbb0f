package io.vhelpi.server.application;

import io.vhelpi.server.domain.session.Session;
import io.vhelpi.server.domain.session.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends active sessions nobody touched for the idle timeout, freeing their operators. Runs on a
 * schedule and, for one operator, whenever that operator's active session is looked up.
 */
@ApplicationScoped
public class SessionExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(SessionExpiry.class);
    private static final int BATCH = 100;

    @Inject SessionRepository sessions;
    @Inject SessionEvents events;
    @Inject Clock clock;

    /**
     * Expires {@code session} when its idle timeout has run out at {@code now}.
     *
     * @return whether the session was expired (false: it is still active, or already ended)
     */
    @Transactional
    public boolean expireIfOverdue(Session session, Instant now) {
        if (!session.isOverdue(now)) {
            return false;
        }
        session.expire();
        LOG.info("Session {} of operator {} expired", session.id(), session.operatorId());
        events.publish(SessionChanged.Kind.EXPIRED, session);
        return true;
    }

    /**
     * Expires every overdue session. Safe when several servers run it at once: each session row is
     * updated under the database's row lock, and a lost race only repeats a no-op.
     *
     * @return how many sessions were expired
     */
    @Transactional
    public int expireOverdue() {
        Instant now = clock.instant();
        int expired = 0;
        for (Session session : sessions.findOverdue(now, BATCH)) {
            if (expireIfOverdue(session, now)) {
                expired++;
            }
        }
        return expired;
    }
}

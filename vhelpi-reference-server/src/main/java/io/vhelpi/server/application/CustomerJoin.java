package io.vhelpi.server.application;

import io.vhelpi.server.domain.session.JoinToken;
import io.vhelpi.server.domain.session.Session;
import io.vhelpi.server.domain.session.SessionRepository;
import io.vhelpi.server.domain.session.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The customer's side: open the link, join the session. */
@ApplicationScoped
public class CustomerJoin {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerJoin.class);

    @Inject SessionRepository sessions;
    @Inject SessionExpiry expiry;
    @Inject ServerSettings settings;
    @Inject Clock clock;

    /** What the customer's link leads to. */
    public enum LinkState {
        /** The session waits for the customer. */
        WAITING,
        /** The customer is in the session. */
        JOINED,
        /** The link is unknown, or its session has ended or expired. */
        UNUSABLE
    }

    /** Where the link stands, without changing anything but an overdue session's expiry. */
    @Transactional
    public LinkState look(String token) {
        return usableSession(token)
                .map(
                        s ->
                                s.status() == SessionStatus.IN_PROGRESS
                                        ? LinkState.JOINED
                                        : LinkState.WAITING)
                .orElse(LinkState.UNUSABLE);
    }

    /**
     * The customer joins. Joining again (a reopened link, a dropped connection) keeps them in the
     * same session.
     */
    @Transactional
    public LinkState join(String token) {
        Optional<Session> found = usableSession(token);
        if (found.isEmpty()) {
            return LinkState.UNUSABLE;
        }
        Session session = found.get();
        if (session.join(clock.instant(), settings.sessionIdleTimeout())) {
            LOG.info(
                    "Customer joined session {} of operator {}",
                    session.id(),
                    session.operatorId());
        }
        return LinkState.JOINED;
    }

    private Optional<Session> usableSession(String token) {
        if (!JoinToken.isWellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return sessions.findByJoinTokenHash(new JoinToken(token).hash())
                .filter(session -> session.status().isActive())
                .filter(session -> !expiry.expireIfOverdue(session, now));
    }
}

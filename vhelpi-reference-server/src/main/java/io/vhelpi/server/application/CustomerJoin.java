package io.vhelpi.server.application;

import io.vhelpi.server.domain.session.JoinToken;
import io.vhelpi.server.domain.session.Session;
import io.vhelpi.server.domain.session.SessionRepository;
import io.vhelpi.server.domain.session.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The customer's side: open the link, join the session, keep the open page's session alive. */
@ApplicationScoped
public class CustomerJoin {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerJoin.class);

    @Inject SessionRepository sessions;
    @Inject SessionExpiry expiry;
    @Inject SessionEvents events;
    @Inject ServerSettings settings;
    @Inject Clock clock;

    /** What the customer's link leads to. */
    public enum LinkState {
        /** The session waits for the customer. */
        WAITING,
        /** The customer is in the session. */
        JOINED,
        /** The operator closed the session (or cancelled it before the customer joined). */
        CLOSED,
        /** The session expired. */
        EXPIRED,
        /** No session has this link: mistyped, cut off, or replaced by a resent invitation. */
        UNKNOWN;

        /** Whether the link still leads into a session. */
        public boolean isUsable() {
            return this == WAITING || this == JOINED;
        }
    }

    /** Where the link stands, without changing anything but an overdue session's expiry. */
    @Transactional
    public LinkState look(String token) {
        return session(token).map(this::state).orElse(LinkState.UNKNOWN);
    }

    /**
     * The customer joins. Joining again (a reopened link, a dropped connection) keeps them in the
     * same session.
     */
    @Transactional
    public LinkState join(String token) {
        Optional<Session> found = session(token);
        LinkState state = found.map(this::state).orElse(LinkState.UNKNOWN);
        if (!state.isUsable()) {
            return state;
        }
        Session session = found.get();
        if (session.join(clock.instant(), settings.sessionIdleTimeout())) {
            LOG.info(
                    "Customer joined session {} of operator {}",
                    session.id(),
                    session.operatorId());
            events.publish(SessionChanged.Kind.CUSTOMER_JOINED, session);
        }
        return LinkState.JOINED;
    }

    /**
     * The customer's open page reports that it is still there; while the customer is in the session
     * this keeps it alive.
     *
     * @return the link's state after the heartbeat
     */
    @Transactional
    public LinkState heartbeat(String token) {
        Optional<Session> found = session(token);
        LinkState state = found.map(this::state).orElse(LinkState.UNKNOWN);
        if (state == LinkState.JOINED) {
            found.get().customerHeartbeat(clock.instant(), settings.sessionIdleTimeout());
        }
        return state;
    }

    private Optional<Session> session(String token) {
        if (!JoinToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return sessions.findByJoinTokenHash(new JoinToken(token).hash());
    }

    private LinkState state(Session session) {
        expiry.expireIfOverdue(session, clock.instant());
        SessionStatus status = session.status();
        return switch (status) {
            case INVITED -> LinkState.WAITING;
            case IN_PROGRESS -> LinkState.JOINED;
            case CLOSED -> LinkState.CLOSED;
            case EXPIRED -> LinkState.EXPIRED;
        };
    }
}

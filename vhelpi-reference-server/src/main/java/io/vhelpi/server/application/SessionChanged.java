package io.vhelpi.server.application;

import java.util.Objects;

/**
 * Something a waiting operator wants to hear about happened to a session. Fired inside the
 * transaction that made the change; observers that tell the outside world listen only after that
 * transaction committed.
 *
 * @param kind what happened
 * @param details the session as the change left it
 */
public record SessionChanged(Kind kind, SessionDetails details) {

    /** What happened to the session. */
    public enum Kind {
        /** The customer joined: the session is in progress. */
        CUSTOMER_JOINED,
        /** The invitation was sent, failed, or was sent again. */
        INVITATION_UPDATED,
        /** The operator closed (or, before the customer joined, cancelled) the session. */
        CLOSED,
        /** Nothing happened for the idle timeout. */
        EXPIRED;

        /** Whether the session ended with this change, so that nothing follows. */
        public boolean isFinal() {
            return this == CLOSED || this == EXPIRED;
        }
    }

    /** Checks that nothing is missing. */
    public SessionChanged {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(details, "details");
    }

    /** The id of the session that changed. */
    public String sessionId() {
        return details.session().id();
    }
}

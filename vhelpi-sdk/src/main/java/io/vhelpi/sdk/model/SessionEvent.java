package io.vhelpi.sdk.model;

import java.util.Objects;

/**
 * Something that happened to a session, with the session as it was right after.
 *
 * @param type what happened
 * @param session the session after the change
 */
public record SessionEvent(SessionEventType type, Session session) {

    /** Checks that nothing is missing. */
    public SessionEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(session, "session");
    }
}

package io.vhelpi.server.domain.session;

/** Where a session is in its life. {@link #INVITED} and {@link #IN_PROGRESS} are active. */
public enum SessionStatus {
    /** The invitation went out; the customer has not joined yet. */
    INVITED,
    /** The customer joined; operator and customer are talking. */
    IN_PROGRESS,
    /** The operator closed the session (before or after the customer joined). */
    CLOSED,
    /** Nothing happened for longer than the idle timeout. */
    EXPIRED;

    /** Whether a session in this status blocks its operator from starting another. */
    public boolean isActive() {
        return this == INVITED || this == IN_PROGRESS;
    }
}

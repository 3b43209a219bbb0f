package io.vhelpi.server.domain.session;

import io.vhelpi.server.domain.DomainException;
import java.util.Map;

/** The session no longer waits for its customer: the customer joined, or the session ended. */
public class SessionNotWaitingException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final SessionStatus status;

    public SessionNotWaitingException(String sessionId, SessionStatus status) {
        super(
                "session_not_waiting",
                "Session "
                        + sessionId.substring(0, 8)
                        + " is "
                        + status
                        + ": only a session still waiting for its customer can be invited again.");
        this.status = status;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("sessionStatus", status.name());
    }
}

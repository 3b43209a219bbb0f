package io.vhelpi.server.domain.session;

import io.vhelpi.server.domain.DomainException;
import java.util.Map;

/** The operator already has an active session; it must be closed first. */
public class ActiveSessionExistsException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String activeSessionId;

    public ActiveSessionExistsException(String activeSessionId) {
        super(
                "active_session_exists",
                "The operator already has an active session ("
                        + activeSessionId.substring(0, 8)
                        + "); close it before starting a new one.");
        this.activeSessionId = activeSessionId;
    }

    public String activeSessionId() {
        return activeSessionId;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of(
                "activeSessionId",
                activeSessionId,
                "activeSessionShortId",
                activeSessionId.substring(0, 8));
    }
}

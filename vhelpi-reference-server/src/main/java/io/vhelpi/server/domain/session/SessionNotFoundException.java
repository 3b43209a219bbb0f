package io.vhelpi.server.domain.session;

import io.vhelpi.server.domain.DomainException;

/** No session with that id belongs to the caller's organisation. */
public class SessionNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SessionNotFoundException() {
        super("session_not_found", "The organisation has no session with this id.");
    }
}

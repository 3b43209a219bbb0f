package io.vhelpi.server.domain.session;

import io.vhelpi.server.domain.DomainException;

/** The session belongs to another operator of the organisation, who alone may end it. */
public class SessionOfAnotherOperatorException extends DomainException {

    private static final long serialVersionUID = 1L;

    public SessionOfAnotherOperatorException() {
        super(
                "forbidden",
                "The session belongs to another operator; only that operator may close it, keep it"
                        + " alive or resend its invitation.");
    }
}

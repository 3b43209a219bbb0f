package io.vhelpi.server.domain.session;

import io.vhelpi.server.domain.DomainException;
import java.util.Map;

/** The invitation of the session was already sent again as often as the server allows. */
public class ResendLimitReachedException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final int limit;

    public ResendLimitReachedException(int limit) {
        super(
                "resend_limit_reached",
                "The invitation was already sent again "
                        + limit
                        + " times; close the session and start a new one if the customer still"
                        + " has no link.");
        this.limit = limit;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("resendLimit", limit);
    }
}

package io.vhelpi.server.domain.idempotency;

import io.vhelpi.server.domain.DomainException;

/** The idempotency key was first used with a different request. */
public class IdempotencyKeyReusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException() {
        super(
                "idempotency_key_reused",
                "This Idempotency-Key was already used with a different request; use a new key"
                        + " for a new request.");
    }
}

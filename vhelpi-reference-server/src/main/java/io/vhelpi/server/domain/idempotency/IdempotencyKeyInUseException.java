package io.vhelpi.server.domain.idempotency;

import io.vhelpi.server.domain.DomainException;

/**
 * The first request with this idempotency key is still running; repeating the call a moment later
 * returns its answer.
 */
public class IdempotencyKeyInUseException extends DomainException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyInUseException() {
        super(
                "idempotency_key_in_use",
                "A request with this Idempotency-Key is still being processed; repeat the call"
                        + " shortly to receive its answer.");
    }
}

package io.vhelpi.server.domain.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * The kept idempotency keys, per organisation. A key is addressed by its hash; the key itself is
 * never stored.
 */
public interface IdempotencyRepository {

    /**
     * Records the key as in flight for a request, unless it is already recorded; two concurrent
     * calls cannot both succeed.
     *
     * @return true when this call recorded the key, false when it was already there
     */
    boolean reserve(
            String organisationId,
            String keyHash,
            String requestHash,
            Instant now,
            Instant expiresAt);

    /** The key's record, if it is kept. */
    Optional<IdempotencyRecord> find(String organisationId, String keyHash);

    /** Stores the first answer of an in-flight key. */
    void complete(
            String organisationId,
            String keyHash,
            int responseStatus,
            String responseLocation,
            String protectedBody);

    /** Forgets an in-flight key whose request failed on a fault of the server. */
    void release(String organisationId, String keyHash);

    /** Forgets one key if it has expired, so that it can be used afresh. */
    void deleteIfExpired(String organisationId, String keyHash, Instant now);

    /**
     * Forgets every expired key.
     *
     * @return how many were forgotten
     */
    int deleteExpired(Instant now);
}

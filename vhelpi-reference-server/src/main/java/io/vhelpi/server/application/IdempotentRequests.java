package io.vhelpi.server.application;

import io.vhelpi.server.domain.idempotency.IdempotencyKeyInUseException;
import io.vhelpi.server.domain.idempotency.IdempotencyKeyReusedException;
import io.vhelpi.server.domain.idempotency.IdempotencyRecord;
import io.vhelpi.server.domain.idempotency.IdempotencyRepository;
import io.vhelpi.server.domain.session.JoinToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a call with an {@code Idempotency-Key} happen at most once per organisation and key: the
 * first call runs and its answer is kept for 24 hours; a repetition of the same request gets that
 * answer again without running; a different request with the same key is refused.
 *
 * <p>Each method is its own short transaction, apart from the call it guards: the key is reserved
 * and committed before the call runs, so a concurrent repetition finds it reserved and is told to
 * come back ({@code idempotency_key_in_use}) instead of running a second time.
 */
@ApplicationScoped
public class IdempotentRequests {

    /** How long a key and its first answer are kept. */
    public static final Duration RETENTION = Duration.ofHours(24);

    private static final Logger LOG = LoggerFactory.getLogger(IdempotentRequests.class);

    @Inject IdempotencyRepository keys;
    @Inject Clock clock;

    /**
     * The first answer to a request, as it went to the caller.
     *
     * @param status the HTTP status
     * @param location the {@code Location} header, or null
     * @param body the JSON body
     */
    public record Answer(int status, String location, String body) {}

    /**
     * Starts a call guarded by a key.
     *
     * @param requestHash the fingerprint of the request (method, path, operator, canonical body)
     * @return empty when the call should run now (the key is reserved for it); the first answer
     *     when this request was already answered
     * @throws IdempotencyKeyReusedException the key was first used with a different request
     * @throws IdempotencyKeyInUseException the first request with the key is still running
     */
    @Transactional
    public Optional<Answer> begin(String organisationId, String key, String requestHash) {
        Instant now = clock.instant();
        String keyHash = JoinToken.sha256Hex(key);

        keys.deleteIfExpired(organisationId, keyHash, now);
        if (keys.reserve(organisationId, keyHash, requestHash, now, now.plus(RETENTION))) {
            return Optional.empty();
        }

        // Found reserved: either released by its request a moment ago, or still kept.
        IdempotencyRecord record =
                keys.find(organisationId, keyHash).orElseThrow(IdempotencyKeyInUseException::new);
        if (!record.isSameRequest(requestHash)) {
            throw new IdempotencyKeyReusedException();
        }
        if (!record.completed()) {
            throw new IdempotencyKeyInUseException();
        }
        LOG.debug(
                "Idempotency key of organisation {} repeated; first answer returned",
                organisationId);
        return Optional.of(
                new Answer(
                        record.responseStatus(),
                        record.responseLocation(),
                        AnswerProtection.reveal(organisationId, key, record.protectedBody())));
    }

    /** Keeps the first answer of a call started with {@link #begin}. */
    @Transactional
    public void complete(String organisationId, String key, Answer answer) {
        keys.complete(
                organisationId,
                JoinToken.sha256Hex(key),
                answer.status(),
                answer.location(),
                AnswerProtection.protect(organisationId, key, answer.body()));
    }

    /**
     * Forgets the key of a call that failed on a fault of the server, so that repeating it runs it
     * again rather than repeating the fault.
     */
    @Transactional
    public void abandon(String organisationId, String key) {
        keys.release(organisationId, JoinToken.sha256Hex(key));
    }

    /**
     * Forgets every key older than {@link #RETENTION}.
     *
     * @return how many were forgotten
     */
    @Transactional
    public int purgeExpired() {
        int purged = keys.deleteExpired(clock.instant());
        if (purged > 0) {
            LOG.info("Forgot {} expired idempotency keys", purged);
        }
        return purged;
    }
}

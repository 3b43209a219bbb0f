package io.vhelpi.sdk.transport;

import io.vhelpi.sdk.errors.IdempotencyKeyInUseException;
import io.vhelpi.sdk.errors.RateLimitedException;
import io.vhelpi.sdk.errors.VhelpiConnectionException;
import io.vhelpi.sdk.errors.VhelpiException;
import io.vhelpi.sdk.errors.VhelpiServerException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Decides whether a failed attempt is tried again and after how long: exponential backoff with full
 * jitter, or the server's {@code Retry-After}. Retried are connection failures (those after which
 * the request may have reached the server only when repeating it is harmless), {@code 429}, {@code
 * 502}, {@code 503}, {@code 504} and an idempotency key still in use; never a validation or
 * business error.
 */
final class RetryPolicy {

    static final Duration BASE_DELAY = Duration.ofMillis(200);
    static final Duration MAX_DELAY = Duration.ofSeconds(5);

    /** A longer wait than this is left to the caller instead of blocking the thread. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private static final Set<Integer> RETRIED_STATUSES = Set.of(502, 503, 504);

    private final int maxAttempts;

    RetryPolicy(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /**
     * How long to wait before the next attempt, or empty when the failure is final.
     *
     * @param request the call that failed
     * @param failure how the attempt failed
     * @param attempt the number of the failed attempt, starting at 1
     */
    Optional<Duration> delayBeforeRetry(ApiRequest request, VhelpiException failure, int attempt) {
        if (attempt >= maxAttempts) {
            return Optional.empty();
        }

        if (failure instanceof RateLimitedException rateLimited) {
            Duration wait = rateLimited.retryAfter().orElseGet(() -> backoff(attempt));
            return wait.compareTo(MAX_RETRY_AFTER) <= 0 ? Optional.of(wait) : Optional.empty();
        }
        if (failure instanceof VhelpiServerException serverFailure
                && RETRIED_STATUSES.contains(failure.httpStatus())) {
            Duration wait = serverFailure.retryAfter().orElseGet(() -> backoff(attempt));
            return wait.compareTo(MAX_RETRY_AFTER) <= 0 ? Optional.of(wait) : Optional.empty();
        }
        // The first request with the key is still running; a repetition gets its answer.
        if (failure instanceof IdempotencyKeyInUseException) {
            return Optional.of(backoff(attempt));
        }
        if (failure instanceof VhelpiConnectionException && isRepeatable(request, failure)) {
            return Optional.of(backoff(attempt));
        }
        return Optional.empty();
    }

    // A request that never left may always be repeated; one that may have reached the server
    // only when repeating it cannot charge or create anything twice.
    private static boolean isRepeatable(ApiRequest request, VhelpiException failure) {
        return switch (failure.code()) {
            case VhelpiConnectionException.CONNECTION_FAILED -> true;
            case VhelpiConnectionException.CONNECTION_LOST, VhelpiConnectionException.TIMEOUT ->
                    request.safeToRepeat();
            default -> false;
        };
    }

    /** Full jitter: a random wait between zero and the exponentially growing ceiling. */
    static Duration backoff(int attempt) {
        long ceiling = BASE_DELAY.toMillis() << Math.min(attempt - 1, 16);
        long capped = Math.min(ceiling, MAX_DELAY.toMillis());
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(capped + 1));
    }
}

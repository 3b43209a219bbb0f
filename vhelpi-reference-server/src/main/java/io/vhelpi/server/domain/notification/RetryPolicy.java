package io.vhelpi.server.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How often and how late a failed delivery is tried again: the first retry after {@code
 * firstDelay}, each further one after twice the previous wait but never more than {@code maxDelay},
 * and no try after the {@code maxAttempts}th.
 *
 * @param maxAttempts how many tries in all, the first one included; at least 1
 * @param firstDelay the wait after the first failed try
 * @param maxDelay the longest wait between two tries
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    /** Checks that the policy makes sense. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException(
                    "firstDelay must be positive and maxDelay at least firstDelay");
        }
    }

    /**
     * When to try again after a failed try.
     *
     * @param attemptsMade how many tries have been made, the failed one included
     * @param now when the failed try ended
     * @return the time of the next try, or empty when that was the last one
     */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delayAfter(attemptsMade)));
    }

    /** The wait after the {@code attemptsMade}th try: firstDelay, doubled for each further try. */
    Duration delayAfter(int attemptsMade) {
        Duration delay = firstDelay;
        for (int i = 1; i < attemptsMade && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}

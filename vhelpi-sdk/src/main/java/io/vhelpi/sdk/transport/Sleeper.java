package io.vhelpi.sdk.transport;

import java.time.Duration;

/** Waits between two attempts of a call; replaceable so that tests need not wait. */
@FunctionalInterface
public interface Sleeper {

    /**
     * Blocks the calling thread for the given time.
     *
     * @param duration how long to wait, never negative
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * The sleeper that really waits, with {@link Thread#sleep(long)}.
     *
     * @return the system sleeper
     */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}

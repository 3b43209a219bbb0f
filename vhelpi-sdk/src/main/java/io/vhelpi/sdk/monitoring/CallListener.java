package io.vhelpi.sdk.monitoring;

/**
 * Hears of every call of a {@link io.vhelpi.sdk.VhelpiClient} once it has finished, successfully or
 * not, after all its retries. Registered with {@code VhelpiClient.Builder.callListener(...)}.
 *
 * <p>A listener is called on the thread that made the call, so it must be quick and thread-safe. An
 * exception thrown by a listener is logged and ignored: it never changes the call's result.
 */
@FunctionalInterface
public interface CallListener {

    /**
     * Receives one finished call.
     *
     * @param call what was called, how it ended and how long it took
     */
    void callFinished(FinishedCall call);
}

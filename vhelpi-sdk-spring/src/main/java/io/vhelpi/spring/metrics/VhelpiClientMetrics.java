package io.vhelpi.spring.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vhelpi.sdk.monitoring.CallListener;
import io.vhelpi.sdk.monitoring.FinishedCall;
import java.util.Objects;

/**
 * Records every finished call of a Vhelpi client in a {@link MeterRegistry}:
 *
 * <ul>
 *   <li>{@value #CALLS}, a timer tagged {@code operation} (e.g. {@code sessions.create}) and {@code
 *       outcome} ({@code success} or the error code, e.g. {@code active_session_exists}); its count
 *       is the number of calls per operation and outcome;
 *   <li>{@value #RETRIES}, a counter tagged {@code operation}: the HTTP requests repeated because
 *       an attempt failed.
 * </ul>
 *
 * The tags carry no personal data: operations and error codes are fixed words. An application that
 * builds its own client adds this listener with {@code builder.callListener(metrics)}.
 */
public class VhelpiClientMetrics implements CallListener {

    /** The name of the timer of the client's calls. */
    public static final String CALLS = "vhelpi.client.calls";

    /** The name of the counter of repeated requests. */
    public static final String RETRIES = "vhelpi.client.retries";

    private final MeterRegistry registry;

    /**
     * Creates the listener.
     *
     * @param registry where the meters are registered
     */
    public VhelpiClientMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Records one call: its duration under its operation and outcome, and its retries.
     *
     * @param call the finished call
     */
    @Override
    public void callFinished(FinishedCall call) {
        Timer.builder(CALLS)
                .description("Calls of the Vhelpi client, retries included, by outcome")
                .tag("operation", call.operation())
                .tag("outcome", call.outcome())
                .register(registry)
                .record(call.duration());

        if (call.attempts() > 1) {
            Counter.builder(RETRIES)
                    .description("Requests of the Vhelpi client repeated after a failed attempt")
                    .tag("operation", call.operation())
                    .register(registry)
                    .increment(call.attempts() - 1);
        }
    }

    /** Names the listener for log messages. */
    @Override
    public String toString() {
        return "VhelpiClientMetrics[" + CALLS + ", " + RETRIES + "]";
    }
}

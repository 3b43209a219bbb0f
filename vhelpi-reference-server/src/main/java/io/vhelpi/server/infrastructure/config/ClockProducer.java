package io.vhelpi.server.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The clock every use case reads "now" from: UTC wall time in whole microseconds, the precision the
 * database keeps, so an answer shows the same instant a later read returns.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}

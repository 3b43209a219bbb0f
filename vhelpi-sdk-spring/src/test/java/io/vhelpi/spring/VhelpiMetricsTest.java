package io.vhelpi.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.errors.UnauthorizedException;
import io.vhelpi.sdk.monitoring.FinishedCall;
import io.vhelpi.spring.metrics.VhelpiClientMetrics;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The client's meters: when they are recorded, and what they count. */
class VhelpiMetricsTest {

    private StubServer server;
    private ApplicationContextRunner runner;

    @BeforeEach
    void startServer() {
        server = StubServer.start();
        runner =
                ContextRunners.vhelpiWithHealthAndMetrics()
                        .withPropertyValues(
                                "vhelpi.base-url=" + server.baseUrl(),
                                "vhelpi.api-key=" + StubServer.API_KEY,
                                "vhelpi.max-attempts=1");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void callsOfTheAutoConfiguredClientAreTimedPerOperationAndOutcome() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(
                        context -> {
                            VhelpiClient client = context.getBean(VhelpiClient.class);
                            client.licenses();
                            client.licenses();

                            Timer timer =
                                    context.getBean(MeterRegistry.class)
                                            .get("vhelpi.client.calls")
                                            .tag("operation", "licenses.list")
                                            .tag("outcome", "success")
                                            .timer();
                            assertThat(timer.count()).isEqualTo(2);
                        });
    }

    @Test
    void failedCallsAreCountedUnderTheirErrorCode() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("vhelpi.api-key=vh_wrong_Zt5Kp8Qw3Lx7Nm2R")
                .run(
                        context -> {
                            VhelpiClient client = context.getBean(VhelpiClient.class);
                            assertThatThrownBy(client::licenses)
                                    .isInstanceOf(UnauthorizedException.class);

                            assertThat(
                                            context.getBean(MeterRegistry.class)
                                                    .get("vhelpi.client.calls")
                                                    .tag("operation", "licenses.list")
                                                    .tag("outcome", "unauthorized")
                                                    .timer()
                                                    .count())
                                    .isEqualTo(1);
                        });
    }

    @Test
    void withoutMicrometerThereIsNoListenerAndTheClientStillWorks() {
        runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(
                        context -> {
                            assertThat(context).hasNotFailed();
                            assertThat(context).doesNotHaveBean(VhelpiClientMetrics.class);
                            assertThat(context.getBean(VhelpiClient.class).licenses()).hasSize(1);
                        });
    }

    @Test
    void withoutAMeterRegistryThereIsNoListener() {
        runner.run(context -> assertThat(context).doesNotHaveBean(VhelpiClientMetrics.class));
    }

    @Test
    void metricsPropertySwitchesTheRecordingOff() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("vhelpi.metrics.enabled=false")
                .run(
                        context -> {
                            assertThat(context).doesNotHaveBean(VhelpiClientMetrics.class);
                            context.getBean(VhelpiClient.class).licenses();

                            assertThat(
                                            context.getBean(MeterRegistry.class)
                                                    .find("vhelpi.client.calls")
                                                    .timers())
                                    .isEmpty();
                        });
    }

    @Test
    void disabledClientHasNoMetricsEither() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("vhelpi.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(VhelpiClientMetrics.class));
    }

    @Test
    void retriesAreCountedPerOperation() {
        MeterRegistry registry = new SimpleMeterRegistry();
        VhelpiClientMetrics metrics = new VhelpiClientMetrics(registry);

        metrics.callFinished(new FinishedCall("sessions.create", null, 3, Duration.ofMillis(250)));
        metrics.callFinished(
                new FinishedCall("sessions.create", "timeout", 2, Duration.ofSeconds(60)));
        metrics.callFinished(new FinishedCall("sessions.create", null, 1, Duration.ofMillis(80)));

        assertThat(
                        registry.get("vhelpi.client.retries")
                                .tag("operation", "sessions.create")
                                .counter()
                                .count())
                .isEqualTo(3.0);
        assertThat(registry.get("vhelpi.client.calls").tag("outcome", "success").timer().count())
                .isEqualTo(2);
        assertThat(
                        registry.get("vhelpi.client.calls")
                                .tag("outcome", "timeout")
                                .timer()
                                .totalTime(TimeUnit.SECONDS))
                .isEqualTo(60.0);
    }
}

package io.vhelpi.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.spring.health.VhelpiHealthIndicator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The health component {@code vhelpi}: when it exists, and what it reports. */
class VhelpiHealthTest {

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
    void healthIndicatorIsAddedWhenTheHealthModuleIsPresent() {
        runner.run(
                context -> {
                    assertThat(context).hasSingleBean(VhelpiHealthIndicator.class);
                    assertThat(context).hasBean("vhelpiHealthIndicator");
                });
    }

    @Test
    void withoutTheHealthModuleThereIsNoIndicatorAndTheClientStillWorks() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(
                        context -> {
                            assertThat(context).hasNotFailed();
                            assertThat(context).doesNotHaveBean(VhelpiHealthIndicator.class);
                            assertThat(context).hasSingleBean(VhelpiClient.class);
                        });
    }

    @Test
    void managementPropertySwitchesTheIndicatorOff() {
        runner.withPropertyValues("management.health.vhelpi.enabled=false")
                .run(
                        context -> {
                            assertThat(context).doesNotHaveBean(VhelpiHealthIndicator.class);
                            assertThat(context).hasSingleBean(VhelpiClient.class);
                        });
    }

    @Test
    void withoutAClientThereIsNothingToCheck() {
        runner.withPropertyValues("vhelpi.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(VhelpiHealthIndicator.class));
    }

    @Test
    void applicationsOwnClientIsCheckedToo() {
        ContextRunners.vhelpiWithHealthAndMetrics()
                .withBean(
                        "ownClient",
                        VhelpiClient.class,
                        () ->
                                VhelpiClient.builder()
                                        .baseUrl(server.baseUrl())
                                        .apiKey(StubServer.API_KEY)
                                        .build(),
                        definition -> definition.setDestroyMethodName("close"))
                .run(
                        context ->
                                assertThat(
                                                context.getBean(VhelpiHealthIndicator.class)
                                                        .health()
                                                        .getStatus())
                                        .isEqualTo(Status.UP));
    }

    @Test
    void applicationsOwnIndicatorWins() {
        HealthIndicator own = () -> Health.up().withDetail("own", true).build();

        runner.withBean("vhelpiHealthIndicator", HealthIndicator.class, () -> own)
                .run(
                        context -> {
                            assertThat(context).doesNotHaveBean(VhelpiHealthIndicator.class);
                            assertThat(context.getBean("vhelpiHealthIndicator")).isSameAs(own);
                        });
    }

    @Test
    void reachableServerAcceptingTheKeyIsUpWithLicensesAndCredits() {
        runner.run(
                context -> {
                    Health health = context.getBean(VhelpiHealthIndicator.class).health();

                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails())
                            .isEqualTo(Map.of("licenses", 1, "credits", 192L));
                });
    }

    @Test
    void refusedKeyIsDownWithTheErrorCodeAndWithoutTheKey() {
        String wrongKey = "vh_wrong_Zt5Kp8Qw3Lx7Nm2R";

        runner.withPropertyValues("vhelpi.api-key=" + wrongKey)
                .run(
                        context -> {
                            Health health = context.getBean(VhelpiHealthIndicator.class).health();

                            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                            assertThat(health.getDetails())
                                    .isEqualTo(
                                            Map.of(
                                                    "error",
                                                    "unauthorized",
                                                    "httpStatus",
                                                    401,
                                                    "requestId",
                                                    "r-401"));
                            assertThat(health.toString()).doesNotContain(wrongKey, "vh_wrong");
                        });
    }

    @Test
    void unreachableServerIsDownWithConnectionFailed() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        runner.withPropertyValues("vhelpi.base-url=http://127.0.0.1:" + closedPort)
                .run(
                        context -> {
                            Health health = context.getBean(VhelpiHealthIndicator.class).health();

                            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                            assertThat(health.getDetails())
                                    .containsEntry("error", "connection_failed")
                                    .doesNotContainKey("httpStatus")
                                    .containsOnlyKeys("error", "requestId");
                        });
    }
}

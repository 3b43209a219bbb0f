package io.vhelpi.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.vhelpi.sdk.errors.ValidationFailedException;
import io.vhelpi.sdk.errors.VhelpiConnectionException;
import io.vhelpi.sdk.errors.VhelpiServerException;
import io.vhelpi.sdk.model.Session;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryTest extends WireMockTestSupport {

    @Test
    void create_is_retried_after_503_with_the_same_idempotency_key() {
        server.stubFor(
                post("/api/v1/sessions")
                        .inScenario("unavailable once")
                        .whenScenarioStateIs(STARTED)
                        .willReturn(aResponse().withStatus(503))
                        .willSetStateTo("available"));
        server.stubFor(
                post("/api/v1/sessions")
                        .inScenario("unavailable once")
                        .whenScenarioStateIs("available")
                        .willReturn(
                                aResponse()
                                        .withStatus(201)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(SESSION_JSON)));

        Session session =
                client().operator(OPERATOR)
                        .invite()
                        .bySms("+36 30 616 7347")
                        .onLicense(LICENSE_ID)
                        .caseNumber("KAR2025001")
                        .send();

        assertThat(session.id()).isEqualTo(SESSION_ID);
        List<LoggedRequest> requests =
                server.findAll(postRequestedFor(urlEqualTo("/api/v1/sessions")));
        assertThat(requests).hasSize(2);
        String key = requests.get(0).getHeader("Idempotency-Key");
        assertThat(key).isNotBlank();
        assertThat(requests.get(1).getHeader("Idempotency-Key")).isEqualTo(key);
        assertThat(requests.get(1).getHeader("Vhelpi-Request-Id"))
                .isNotEqualTo(requests.get(0).getHeader("Vhelpi-Request-Id"));
        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(200));
    }

    @Test
    void business_error_400_is_never_retried() {
        server.stubFor(
                post("/api/v1/sessions")
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/problem+json")
                                        .withBody(
                                                "{\"status\": 400, \"code\":"
                                                        + " \"validation_failed\"}")));

        catchThrowableOfType(
                ValidationFailedException.class,
                () ->
                        client().operator(OPERATOR)
                                .invite()
                                .bySms("+36 30 616 7347")
                                .onLicense(LICENSE_ID)
                                .caseNumber("KAR2025001")
                                .send());

        server.verify(1, postRequestedFor(urlEqualTo("/api/v1/sessions")));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void rate_limit_waits_as_long_as_retry_after_asks() {
        server.stubFor(
                get("/api/v1/licenses")
                        .inScenario("rate limited once")
                        .whenScenarioStateIs(STARTED)
                        .willReturn(
                                aResponse()
                                        .withStatus(429)
                                        .withHeader("Retry-After", "2")
                                        .withHeader("Content-Type", "application/problem+json")
                                        .withBody("{\"status\": 429, \"code\": \"rate_limited\"}"))
                        .willSetStateTo("calm"));
        server.stubFor(
                get("/api/v1/licenses")
                        .inScenario("rate limited once")
                        .whenScenarioStateIs("calm")
                        .willReturn(okJson("[]")));

        assertThat(client().licenses()).isEmpty();

        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
        server.verify(2, getRequestedFor(urlEqualTo("/api/v1/licenses")));
    }

    @Test
    void gateway_errors_are_tried_max_attempts_times_with_growing_capped_waits() {
        server.stubFor(get("/api/v1/licenses").willReturn(aResponse().withStatus(502)));

        VhelpiServerException failure =
                catchThrowableOfType(VhelpiServerException.class, () -> client().licenses());

        assertThat(failure.httpStatus()).isEqualTo(502);
        server.verify(3, getRequestedFor(urlEqualTo("/api/v1/licenses")));
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(200));
        assertThat(sleeps.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(400));
    }

    @Test
    void one_attempt_means_no_retry() {
        server.stubFor(get("/api/v1/licenses").willReturn(aResponse().withStatus(503)));

        catchThrowableOfType(
                VhelpiServerException.class,
                () -> remember(builder().maxAttempts(1).build()).licenses());

        server.verify(1, getRequestedFor(urlEqualTo("/api/v1/licenses")));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void a_broken_connection_is_retried_and_then_reported_without_status() {
        server.stubFor(
                get("/api/v1/licenses")
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        VhelpiConnectionException failure =
                catchThrowableOfType(VhelpiConnectionException.class, () -> client().licenses());

        assertThat(failure.httpStatus()).isZero();
        assertThat(failure.requestId()).matches("[0-9a-f]{32}");
        server.verify(3, getRequestedFor(urlEqualTo("/api/v1/licenses")));
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void an_unreachable_server_is_retried_and_reported_as_a_connection_failure()
            throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        VhelpiConnectionException failure =
                catchThrowableOfType(
                        VhelpiConnectionException.class,
                        () ->
                                remember(
                                                builder()
                                                        .baseUrl("http://127.0.0.1:" + closedPort)
                                                        .build())
                                        .licenses());

        assertThat(failure.code()).isEqualTo("connection_failed");
        assertThat(failure.httpStatus()).isZero();
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void a_read_timeout_is_reported_as_a_connection_failure() {
        server.stubFor(get("/api/v1/licenses").willReturn(okJson("[]").withFixedDelay(2_000)));

        VhelpiConnectionException failure =
                catchThrowableOfType(
                        VhelpiConnectionException.class,
                        () ->
                                remember(
                                                builder()
                                                        .maxAttempts(1)
                                                        .readTimeout(Duration.ofMillis(100))
                                                        .build())
                                        .licenses());

        assertThat(failure.code()).isEqualTo("timeout");
        assertThat(failure.getMessage()).startsWith("The Vhelpi server did not answer in time.");
    }
}

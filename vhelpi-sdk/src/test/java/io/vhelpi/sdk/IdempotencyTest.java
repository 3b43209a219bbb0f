package io.vhelpi.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.vhelpi.sdk.model.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Creates and closes carry an idempotency key, the SDK's or the caller's, on every retry. */
class IdempotencyTest extends WireMockTestSupport {

    private static final String CLOSE = "/api/v1/sessions/" + SESSION_ID + "/close";

    @Test
    void close_after_a_reset_connection_is_retried_with_one_generated_key() {
        server.stubFor(
                post(CLOSE)
                        .inScenario("reset once")
                        .whenScenarioStateIs(STARTED)
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                        .willSetStateTo("calm"));
        server.stubFor(
                post(CLOSE)
                        .inScenario("reset once")
                        .whenScenarioStateIs("calm")
                        .willReturn(okJson(SESSION_JSON.replace("\"INVITED\"", "\"CLOSED\""))));

        Session closed = client().operator(OPERATOR).close(SESSION_ID);

        assertThat(closed.isActive()).isFalse();
        List<LoggedRequest> attempts = server.findAll(postRequestedFor(urlEqualTo(CLOSE)));
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).getHeader("Idempotency-Key"))
                .matches("[0-9a-f-]{36}")
                .isEqualTo(attempts.get(1).getHeader("Idempotency-Key"));
    }

    @Test
    void close_carries_the_callers_own_key() {
        server.stubFor(post(CLOSE).willReturn(okJson(SESSION_JSON)));

        client().operator(OPERATOR).close(SESSION_ID, "close-KAR2025001-1");

        assertThat(
                        server.findAll(postRequestedFor(urlEqualTo(CLOSE)))
                                .get(0)
                                .getHeader("Idempotency-Key"))
                .isEqualTo("close-KAR2025001-1");
    }

    @Test
    void a_key_with_a_space_is_refused_before_any_call() {
        assertThatThrownBy(() -> client().operator(OPERATOR).close(SESSION_ID, "my key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("idempotencyKey must be 1 to 128 printable ASCII characters");
        server.verify(0, postRequestedFor(urlEqualTo(CLOSE)));
    }

    @Test
    void a_create_whose_first_request_is_still_running_is_repeated_until_the_first_answer() {
        server.stubFor(
                post("/api/v1/sessions")
                        .inScenario("in use once")
                        .whenScenarioStateIs(STARTED)
                        .willReturn(
                                aResponse()
                                        .withStatus(409)
                                        .withHeader("Content-Type", "application/problem+json")
                                        .withBody(
                                                "{\"status\": 409, \"code\":"
                                                        + " \"idempotency_key_in_use\"}"))
                        .willSetStateTo("answered"));
        server.stubFor(
                post("/api/v1/sessions")
                        .inScenario("in use once")
                        .whenScenarioStateIs("answered")
                        .willReturn(
                                aResponse()
                                        .withStatus(201)
                                        .withHeader("Content-Type", "application/json")
                                        .withHeader("Idempotent-Replayed", "true")
                                        .withBody(SESSION_JSON)));

        Session session =
                client().operator(OPERATOR)
                        .invite()
                        .bySms("+36 30 616 7347")
                        .onLicense(LICENSE_ID)
                        .caseNumber("KAR2025001")
                        .idempotencyKey("create-KAR2025001")
                        .send();

        assertThat(session.id()).isEqualTo(SESSION_ID);
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/api/v1/sessions"))))
                .extracting(request -> request.getHeader("Idempotency-Key"))
                .containsExactly("create-KAR2025001", "create-KAR2025001");
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void a_503_with_retry_after_is_retried_after_exactly_that_wait() {
        server.stubFor(
                post("/api/v1/sessions")
                        .inScenario("maintenance once")
                        .whenScenarioStateIs(STARTED)
                        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3"))
                        .willSetStateTo("back"));
        server.stubFor(
                post("/api/v1/sessions")
                        .inScenario("maintenance once")
                        .whenScenarioStateIs("back")
                        .willReturn(
                                aResponse()
                                        .withStatus(201)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(SESSION_JSON)));

        client().operator(OPERATOR)
                .invite()
                .bySms("+36 30 616 7347")
                .onLicense(LICENSE_ID)
                .caseNumber("KAR2025001")
                .send();

        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
        server.verify(2, postRequestedFor(urlEqualTo("/api/v1/sessions")));
    }

    @Test
    void a_503_retry_after_date_is_measured_from_the_injected_clock() {
        server.stubFor(
                post(CLOSE)
                        .inScenario("maintenance until")
                        .whenScenarioStateIs(STARTED)
                        .willReturn(
                                aResponse()
                                        .withStatus(503)
                                        .withHeader("Retry-After", "Wed, 22 Jan 2025 13:37:12 GMT"))
                        .willSetStateTo("back"));
        server.stubFor(
                post(CLOSE)
                        .inScenario("maintenance until")
                        .whenScenarioStateIs("back")
                        .willReturn(okJson(SESSION_JSON)));
        Clock clock = Clock.fixed(Instant.parse("2025-01-22T13:37:00Z"), ZoneOffset.UTC);

        remember(builder().clock(clock).build()).operator(OPERATOR).close(SESSION_ID);

        assertThat(sleeps).containsExactly(Duration.ofSeconds(12));
    }
}

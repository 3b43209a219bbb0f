package io.vhelpi.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vhelpi.sdk.errors.VhelpiConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A request's own timeout replaces the client's read timeout for that request only. */
class TimeoutTest extends WireMockTestSupport {

    @Test
    void a_shorter_timeout_of_one_request_cuts_a_slow_answer_the_client_would_have_waited_for() {
        server.stubFor(
                get("/api/v1/sessions/active")
                        .willReturn(okJson(SESSION_JSON).withFixedDelay(2_000)));
        VhelpiClient client = remember(builder().maxAttempts(1).build());

        VhelpiConnectionException failure =
                catchThrowableOfType(
                        VhelpiConnectionException.class,
                        () ->
                                client.operator(OPERATOR)
                                        .withTimeout(Duration.ofMillis(100))
                                        .activeSession());

        assertThat(failure.code()).isEqualTo("timeout");
        assertThat(client.transport().leasedConnections()).isZero();
    }

    @Test
    void a_longer_timeout_of_one_query_waits_for_an_answer_slower_than_the_client_default() {
        server.stubFor(
                get(urlPathEqualTo("/api/v1/sessions"))
                        .willReturn(
                                okJson("{\"items\": [], \"nextCursor\": null}")
                                        .withFixedDelay(300)));
        VhelpiClient client =
                remember(builder().maxAttempts(1).readTimeout(Duration.ofMillis(50)).build());

        assertThat(
                        client.operator(OPERATOR)
                                .history()
                                .timeout(Duration.ofSeconds(10))
                                .fetch()
                                .items())
                .isEmpty();
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/sessions")));
    }

    @Test
    void the_override_applies_only_to_its_own_request() {
        server.stubFor(
                get("/api/v1/sessions/active")
                        .willReturn(okJson(SESSION_JSON).withFixedDelay(300)));
        VhelpiClient client =
                remember(builder().maxAttempts(1).readTimeout(Duration.ofMillis(50)).build());
        OperatorSessions patient = client.operator(OPERATOR).withTimeout(Duration.ofSeconds(10));

        assertThat(patient.activeSession()).isPresent();
        VhelpiConnectionException failure =
                catchThrowableOfType(
                        VhelpiConnectionException.class,
                        () -> client.operator(OPERATOR).activeSession());
        assertThat(failure.code()).isEqualTo("timeout");
        server.verify(2, getRequestedFor(urlEqualTo("/api/v1/sessions/active")));
    }

    @Test
    void a_timeout_must_be_positive() {
        VhelpiClient client = client();

        assertThatThrownBy(() -> client.operator(OPERATOR).withTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeout must be positive");
        assertThatThrownBy(() -> client.operator(OPERATOR).invite().timeout(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeout is required");
    }
}

package io.vhelpi.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vhelpi.sdk.errors.ForbiddenException;
import io.vhelpi.sdk.errors.SessionNotFoundException;
import io.vhelpi.sdk.errors.ValidationFailedException;
import io.vhelpi.sdk.errors.VhelpiException;
import io.vhelpi.sdk.errors.VhelpiServerException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every answer gives its connection back to the pool, error answers above all. */
class ConnectionPoolTest extends WireMockTestSupport {

    private static final String SESSIONS = "/api/v1/sessions/";

    @Test
    void two_hundred_error_answers_in_a_row_do_not_exhaust_a_pool_of_twenty() {
        stubError("00000000-0000-4000-8000-000000000404", problem(404, "session_not_found"));
        stubError("00000000-0000-4000-8000-000000000400", problem(400, "validation_failed"));
        stubError("00000000-0000-4000-8000-000000000403", problem(403, "forbidden"));
        stubError(
                "00000000-0000-4000-8000-000000000500",
                aResponse().withStatus(500).withBody("<html>proxy error</html>"));
        VhelpiClient client =
                remember(
                        builder()
                                .maxConnections(20)
                                .maxAttempts(1)
                                .connectTimeout(Duration.ofSeconds(1))
                                .build());
        OperatorSessions sessions = client.operator(OPERATOR);
        List<Class<? extends VhelpiException>> expected =
                List.of(
                        SessionNotFoundException.class,
                        ValidationFailedException.class,
                        ForbiddenException.class,
                        VhelpiServerException.class);
        List<String> ids =
                List.of(
                        "00000000-0000-4000-8000-000000000404",
                        "00000000-0000-4000-8000-000000000400",
                        "00000000-0000-4000-8000-000000000403",
                        "00000000-0000-4000-8000-000000000500");

        for (int call = 0; call < 200; call++) {
            String id = ids.get(call % 4);
            VhelpiException failure =
                    catchThrowableOfType(VhelpiException.class, () -> sessions.session(id));
            assertThat(failure).isExactlyInstanceOf(expected.get(call % 4));
        }

        assertThat(client.transport().leasedConnections()).isZero();
        server.stubFor(get("/api/v1/licenses").willReturn(okJson("[]")));
        assertThat(client.licenses()).isEmpty();
        assertThat(server.findAll(getRequestedFor(urlEqualTo("/api/v1/licenses")))).hasSize(1);
    }

    private static void stubError(
            String sessionId,
            com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        server.stubFor(get(SESSIONS + sessionId).willReturn(answer));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(
            int status, String code) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withHeader("Vhelpi-Request-Id", "req-" + status)
                .withBody(
                        "{\"status\": "
                                + status
                                + ", \"code\": \""
                                + code
                                + "\", \"detail\": \"refused\"}");
    }
}

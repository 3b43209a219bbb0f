package io.vhelpi.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.vhelpi.sdk.errors.SessionNotFoundException;
import io.vhelpi.sdk.errors.ValidationFailedException;
import io.vhelpi.sdk.errors.VhelpiServerException;
import io.vhelpi.sdk.model.License;
import io.vhelpi.sdk.model.LicenseKind;
import io.vhelpi.sdk.monitoring.FinishedCall;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class CallListenerTest extends WireMockTestSupport {

    private static final String LICENSES =
            "[{\"id\": \"lic-1\", \"name\": \"Saját licenz\", \"kind\": \"OWN\", \"credits\":"
                    + " 192}]";

    private final List<FinishedCall> calls = new CopyOnWriteArrayList<>();

    @Test
    void successful_call_is_reported_once_with_its_operation() {
        server.stubFor(get("/api/v1/licenses").willReturn(okJson(LICENSES)));

        remember(builder().callListener(calls::add).build()).licenses();

        assertThat(calls)
                .extracting(
                        FinishedCall::operation,
                        FinishedCall::errorCode,
                        FinishedCall::outcome,
                        FinishedCall::attempts)
                .containsExactly(tuple("licenses.list", null, "success", 1));
        assertThat(calls.get(0).succeeded()).isTrue();
    }

    @Test
    void retried_call_is_reported_once_with_all_its_attempts() {
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

        remember(builder().callListener(calls::add).build())
                .operator(OPERATOR)
                .invite()
                .bySms("+36 30 616 7347")
                .onLicense(LICENSE_ID)
                .caseNumber("KAR2025001")
                .send();

        assertThat(calls)
                .extracting(FinishedCall::operation, FinishedCall::outcome, FinishedCall::attempts)
                .containsExactly(tuple("sessions.create", "success", 2));
    }

    @Test
    void failed_call_is_reported_with_its_error_code() {
        server.stubFor(
                get("/api/v1/sessions/missing")
                        .willReturn(
                                aResponse()
                                        .withStatus(404)
                                        .withHeader("Content-Type", "application/problem+json")
                                        .withBody(
                                                "{\"status\": 404,"
                                                        + " \"code\": \"session_not_found\"}")));

        VhelpiClient client = remember(builder().callListener(calls::add).build());

        assertThatThrownBy(() -> client.operator(OPERATOR).session("missing"))
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(calls)
                .extracting(
                        FinishedCall::operation,
                        FinishedCall::errorCode,
                        FinishedCall::outcome,
                        FinishedCall::attempts)
                .containsExactly(
                        tuple("sessions.get", "session_not_found", "session_not_found", 1));
        assertThat(calls.get(0).succeeded()).isFalse();
    }

    @Test
    void call_given_up_after_the_last_attempt_is_reported_with_the_server_error() {
        server.stubFor(get("/api/v1/licenses").willReturn(aResponse().withStatus(503)));

        VhelpiClient client = remember(builder().maxAttempts(2).callListener(calls::add).build());

        assertThatThrownBy(client::licenses).isInstanceOf(VhelpiServerException.class);
        assertThat(calls)
                .extracting(FinishedCall::operation, FinishedCall::outcome, FinishedCall::attempts)
                .containsExactly(tuple("licenses.list", "server_error", 2));
    }

    @Test
    void every_operation_has_its_own_name() {
        server.stubFor(get("/api/v1/sessions/active").willReturn(aResponse().withStatus(204)));
        server.stubFor(
                get("/api/v1/sessions?limit=10")
                        .willReturn(okJson("{\"items\": [], \"nextCursor\": null}")));
        server.stubFor(
                post("/api/v1/sessions/" + SESSION_ID + "/close").willReturn(okJson(SESSION_JSON)));

        OperatorSessions sessions =
                remember(builder().callListener(calls::add).build()).operator(OPERATOR);
        sessions.activeSession();
        sessions.history().limit(10).fetch();
        sessions.close(SESSION_ID);

        assertThat(calls)
                .extracting(FinishedCall::operation)
                .containsExactly("sessions.active", "sessions.history", "sessions.close");
    }

    @Test
    void invitation_refused_before_sending_is_not_a_call() {
        VhelpiClient client = remember(builder().callListener(calls::add).build());

        assertThatThrownBy(
                        () ->
                                client.operator(OPERATOR)
                                        .invite()
                                        .bySms("06 1 234 5678")
                                        .onLicense(LICENSE_ID)
                                        .caseNumber("KAR2025001")
                                        .send())
                .isInstanceOf(ValidationFailedException.class);
        assertThat(calls).isEmpty();
    }

    @Test
    void failing_listener_changes_nothing_and_the_next_listener_still_hears() {
        server.stubFor(get("/api/v1/licenses").willReturn(okJson(LICENSES)));
        List<String> heard = new ArrayList<>();

        VhelpiClient client =
                remember(
                        builder()
                                .callListener(
                                        call -> {
                                            throw new IllegalStateException("listener broken");
                                        })
                                .callListener(call -> heard.add(call.operation()))
                                .build());

        assertThat(client.licenses())
                .containsExactly(new License("lic-1", "Saját licenz", LicenseKind.OWN, 192));
        assertThat(heard).containsExactly("licenses.list");
    }
}

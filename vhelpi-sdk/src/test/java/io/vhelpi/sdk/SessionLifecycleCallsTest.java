package io.vhelpi.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.vhelpi.sdk.errors.ResendRefusedException;
import io.vhelpi.sdk.errors.SessionNotFoundException;
import io.vhelpi.sdk.model.Session;
import io.vhelpi.sdk.model.SessionEvent;
import io.vhelpi.sdk.model.SessionEventType;
import io.vhelpi.sdk.model.SessionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SessionLifecycleCallsTest extends WireMockTestSupport {

    private static final String NOT_FOUND = "{\"code\":\"session_not_found\",\"status\":404}";
    private static final String EVENTS = "/api/v1/sessions/" + SESSION_ID + "/events";

    @Test
    void keepingAliveAnswersTheSessionWithItsNewExpiry() {
        server.stubFor(
                post("/api/v1/sessions/" + SESSION_ID + "/keepalive")
                        .willReturn(okJson(session("INVITED", "2025-01-22T15:10:00Z"))));

        Session kept = client().operator(OPERATOR).keepAlive(SESSION_ID);

        assertThat(kept.expiresAt()).isEqualTo(Instant.parse("2025-01-22T15:10:00Z"));
        server.verify(
                postRequestedFor(urlEqualTo("/api/v1/sessions/" + SESSION_ID + "/keepalive"))
                        .withHeader("Vhelpi-Operator", equalTo(OPERATOR)));
    }

    @Test
    void reconnectingFindsTheActiveSessionAndKeepsItAlive() {
        server.stubFor(get("/api/v1/sessions/active").willReturn(okJson(SESSION_JSON)));
        server.stubFor(
                post("/api/v1/sessions/" + SESSION_ID + "/keepalive")
                        .willReturn(okJson(session("INVITED", "2025-01-22T15:10:00Z"))));

        Session reconnected = client().operator(OPERATOR).reconnect().orElseThrow();

        assertThat(reconnected.shortId()).isEqualTo("4caa8cf4");
        assertThat(reconnected.expiresAt()).isEqualTo(Instant.parse("2025-01-22T15:10:00Z"));
    }

    @Test
    void reconnectingWithoutAnActiveSessionFindsNothingAndKeepsNothingAlive() {
        server.stubFor(get("/api/v1/sessions/active").willReturn(aResponse().withStatus(204)));

        assertThat(client().operator(OPERATOR).reconnect()).isEmpty();

        assertThat(
                        server.findAll(
                                postRequestedFor(
                                        urlPathEqualTo(
                                                "/api/v1/sessions/" + SESSION_ID + "/keepalive"))))
                .isEmpty();
    }

    @Test
    void aResendBeyondTheLimitIsRefusedAndNotRepeated() {
        server.stubFor(
                post("/api/v1/sessions/" + SESSION_ID + "/resend")
                        .willReturn(
                                aResponse()
                                        .withStatus(409)
                                        .withHeader("Content-Type", "application/problem+json")
                                        .withBody(
                                                "{\"code\":\"resend_limit_reached\","
                                                        + "\"status\":409,\"resendLimit\":3}")));

        ResendRefusedException refused =
                catchThrowableOfType(
                        ResendRefusedException.class,
                        () -> client().operator(OPERATOR).resendInvitation(SESSION_ID));

        assertThat(refused.code()).isEqualTo("resend_limit_reached");
        assertThat(refused.httpStatus()).isEqualTo(409);
        server.verify(
                1, postRequestedFor(urlEqualTo("/api/v1/sessions/" + SESSION_ID + "/resend")));
    }

    @Test
    void historySearchSendsTheCaseNumberAndTheExternalReference() {
        server.stubFor(
                get(urlPathEqualTo("/api/v1/sessions"))
                        .willReturn(okJson("{\"items\": [], \"nextCursor\": null}")));

        client().operator(OPERATOR)
                .history()
                .caseNumber("#szabika teszt")
                .externalReference("CLAIM-2025-000123-HU")
                .fetch();

        server.verify(
                getRequestedFor(urlPathEqualTo("/api/v1/sessions"))
                        .withQueryParam("caseNumber", equalTo("#szabika teszt"))
                        .withQueryParam("externalReference", equalTo("CLAIM-2025-000123-HU")));
    }

    @Test
    void waitingForTheCustomerSurvivesABrokenStreamAndEndsWhenTheCustomerJoins() {
        server.stubFor(
                get(EVENTS)
                        .inScenario("stream")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(stream(event("session", session("INVITED", null))))
                        .willSetStateTo("reconnected"));
        server.stubFor(
                get(EVENTS)
                        .inScenario("stream")
                        .whenScenarioStateIs("reconnected")
                        .willReturn(
                                stream(
                                        ": ping\n\n"
                                                + event("session", session("INVITED", null))
                                                + event(
                                                        "customer_joined",
                                                        session("IN_PROGRESS", null)))));

        Optional<Session> joined =
                client().operator(OPERATOR).awaitJoin(SESSION_ID, Duration.ofSeconds(30));

        assertThat(joined).map(Session::status).contains(SessionStatus.IN_PROGRESS);
        // The second stream ends too, so a third connection may race with closing the waiter.
        server.verify(
                moreThanOrExactly(2),
                getRequestedFor(urlEqualTo(EVENTS))
                        .withHeader("Accept", equalTo("text/event-stream"))
                        .withHeader("Vhelpi-Operator", equalTo(OPERATOR)));
        assertThat(sleeps).startsWith(Duration.ofSeconds(1));
    }

    @Test
    void waitingEndsEmptyWhenTheCustomerHasNotJoinedInTime() {
        server.stubFor(
                get(EVENTS)
                        .willReturn(
                                stream(event("session", session("INVITED", null)))
                                        .withChunkedDribbleDelay(2, 20_000)));

        Optional<Session> joined =
                client().operator(OPERATOR).awaitJoin(SESSION_ID, Duration.ofMillis(300));

        assertThat(joined).isEmpty();
    }

    @Test
    void aListenerHearsEveryEventUntilTheSessionEnds() throws InterruptedException {
        server.stubFor(
                get(EVENTS)
                        .willReturn(
                                stream(
                                        event("session", session("INVITED", null))
                                                + event(
                                                        "invitation_updated",
                                                        session("INVITED", null))
                                                + event("shiny_new_thing", session("INVITED", null))
                                                + event("expired", session("EXPIRED", null)))));
        List<SessionEvent> heard = new CopyOnWriteArrayList<>();
        CountDownLatch ended = new CountDownLatch(1);

        SessionSubscription subscription =
                client().operator(OPERATOR)
                        .subscribe(
                                SESSION_ID,
                                event -> {
                                    heard.add(event);
                                    if (!event.session().isActive()) {
                                        ended.countDown();
                                    }
                                });

        assertThat(ended.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(heard)
                .extracting(SessionEvent::type)
                .containsExactly(
                        SessionEventType.SESSION,
                        SessionEventType.INVITATION_UPDATED,
                        SessionEventType.UNKNOWN,
                        SessionEventType.EXPIRED);
        subscription.close();
        assertThat(subscription.isOpen()).isFalse();
        server.verify(1, getRequestedFor(urlEqualTo(EVENTS)));
    }

    @Test
    void waitingForAnUnknownSessionFailsAtOnce() {
        server.stubFor(
                get(EVENTS)
                        .willReturn(
                                aResponse()
                                        .withStatus(404)
                                        .withHeader("Content-Type", "application/problem+json")
                                        .withBody(NOT_FOUND)));

        SessionNotFoundException missing =
                catchThrowableOfType(
                        SessionNotFoundException.class,
                        () ->
                                client().operator(OPERATOR)
                                        .awaitJoin(SESSION_ID, Duration.ofSeconds(30)));

        assertThat(missing.httpStatus()).isEqualTo(404);
        server.verify(1, getRequestedFor(urlEqualTo(EVENTS)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder stream(
            String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/event-stream")
                .withBody(body);
    }

    private static String event(String name, String json) {
        return "event: " + name + "\ndata: " + json.replace("\n", "") + "\n\n";
    }

    private static String session(String status, String expiresAt) {
        String json = SESSION_JSON.replace("\"INVITED\"", "\"" + status + "\"");
        if (expiresAt != null) {
            json = json.replace("2025-01-22T14:37:00Z", expiresAt);
        }
        return json;
    }
}

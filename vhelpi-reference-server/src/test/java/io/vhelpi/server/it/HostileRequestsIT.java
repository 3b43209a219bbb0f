package io.vhelpi.server.it;

import static io.vhelpi.server.it.ReferenceServer.DEMO_KEY;
import static io.vhelpi.server.it.ReferenceServer.DEMO_LICENSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.errors.ActiveSessionExistsException;
import io.vhelpi.sdk.errors.ForbiddenException;
import io.vhelpi.sdk.model.Session;
import io.vhelpi.sdk.model.SessionStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Races, oversized and odd requests: each gets its exact answer, none a server error. */
class HostileRequestsIT {

    private static final int PARALLEL_CREATES = 20;

    @Test
    void parallelCreatesOfOneOperatorMakeOneSessionAndNameItToEveryLoser() throws Exception {
        try (VhelpiClient demo = ReferenceServer.client(DEMO_KEY)) {
            int creditsBefore = ReferenceServer.credits(demo, DEMO_LICENSE);
            List<Callable<Object>> creates = new ArrayList<>();
            for (int i = 0; i < PARALLEL_CREATES; i++) {
                creates.add(
                        () -> {
                            try {
                                return demo.operator("it.race")
                                        .invite()
                                        .bySms("+36 30 616 7347")
                                        .onLicense(DEMO_LICENSE)
                                        .randomCaseNumber()
                                        .send();
                            } catch (ActiveSessionExistsException e) {
                                return e;
                            }
                        });
            }

            List<Session> created = new ArrayList<>();
            List<ActiveSessionExistsException> refused = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_CREATES);
            try {
                for (Future<Object> outcome : pool.invokeAll(creates, 2, TimeUnit.MINUTES)) {
                    Object result = outcome.get();
                    if (result instanceof Session session) {
                        created.add(session);
                    } else {
                        refused.add((ActiveSessionExistsException) result);
                    }
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(created).hasSize(1);
            assertThat(refused).hasSize(PARALLEL_CREATES - 1);
            assertThat(refused)
                    .extracting(ActiveSessionExistsException::activeSessionId)
                    .containsOnly(created.get(0).id());
            assertThat(ReferenceServer.credits(demo, DEMO_LICENSE)).isEqualTo(creditsBefore - 1);
            assertThat(ReferenceServer.outboxOf(created.get(0).id())).hasSize(1);
            assertThat(demo.operator("it.race").history().fetch().items()).hasSize(1);
            demo.operator("it.race").close(created.get(0).id());
        }
    }

    @Test
    void onlyTheSessionsOwnOperatorMayCloseIt() {
        try (VhelpiClient demo = ReferenceServer.client(DEMO_KEY)) {
            Session created =
                    demo.operator("it.owner")
                            .invite()
                            .bySms("+36 30 616 7347")
                            .onLicense(DEMO_LICENSE)
                            .randomCaseNumber()
                            .send();

            ForbiddenException refused =
                    catchThrowableOfType(
                            ForbiddenException.class,
                            () -> demo.operator("it.colleague").close(created.id()));

            assertThat(refused.httpStatus()).isEqualTo(403);
            assertThat(demo.operator("it.colleague").session(created.id()).status())
                    .isEqualTo(SessionStatus.INVITED);
            assertThat(demo.operator("it.owner").close(created.id()).status())
                    .isEqualTo(SessionStatus.CLOSED);
        }
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedAsSuch() {
        HttpResponse<String> response =
                ReferenceServer.rawCreate(
                        DEMO_KEY,
                        "it.types",
                        "{\"channel\":\"SMS\",\"licenseId\":\""
                                + DEMO_LICENSE
                                + "\","
                                + "\"caseNumber\":1234567890,\"phone\":\"+36306167347\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = ReferenceServer.json(response.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("caseNumber");
        assertThat(error.get("code").asText()).isEqualTo("invalid_type");
        assertThat(error.get("message").asText())
                .isEqualTo("The value must be a JSON string (text in quotation marks).");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String padding = "x".repeat(100_000);
        HttpResponse<String> response =
                ReferenceServer.rawCreate(
                        DEMO_KEY, "it.oversized", "{\"externalReference\":\"" + padding + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(ReferenceServer.json(response.body()).get("code").asText())
                .isEqualTo("payload_too_large");
    }

    @Test
    void anOversizedBodySentInChunksIsRefusedAndCreatesNothing() throws Exception {
        byte[] body =
                ("{\"channel\":\"SMS\",\"licenseId\":\""
                                + DEMO_LICENSE
                                + "\",\"caseNumber\":\"CHUNKED001\",\"phone\":\"+36306167347\","
                                + "\"pad\":\""
                                + "x".repeat(200_000)
                                + "\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> response =
                send(
                        HttpRequest.newBuilder(
                                        URI.create(ReferenceServer.baseUrl() + "/api/v1/sessions"))
                                .header("Authorization", "Bearer " + DEMO_KEY)
                                .header("Vhelpi-Operator", "it.chunked")
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofInputStream(
                                                () -> new java.io.ByteArrayInputStream(body))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(ReferenceServer.json(response.body()).get("code").asText())
                .isEqualTo("payload_too_large");
        try (VhelpiClient demo = ReferenceServer.client(DEMO_KEY)) {
            assertThat(demo.operator("it.chunked").history().fetch().items()).isEmpty();
        }
    }

    @Test
    void twoOperatorHeadersAreRefused() throws Exception {
        HttpResponse<String> response =
                send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                ReferenceServer.baseUrl()
                                                        + "/api/v1/sessions/active"))
                                .header("Authorization", "Bearer " + DEMO_KEY)
                                .header("Vhelpi-Operator", "demo.operator")
                                .header("Vhelpi-Operator", "it.other")
                                .GET());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = ReferenceServer.json(response.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("Vhelpi-Operator");
        assertThat(error.get("code").asText()).isEqualTo("invalid_value");
    }

    @Test
    void withoutAKeyTheAnswerIsUnauthorizedWhateverElseIsWrong() throws Exception {
        HttpResponse<String> response =
                send(
                        HttpRequest.newBuilder(
                                        URI.create(ReferenceServer.baseUrl() + "/api/v1/sessions"))
                                .header("Content-Type", "text/plain")
                                .POST(HttpRequest.BodyPublishers.ofString("hello")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"vhelpi\"");
        assertThat(ReferenceServer.json(response.body()).get("code").asText())
                .isEqualTo("unauthorized");
    }

    @Test
    void anExternalReferenceOfOneHundredEmojiIsStoredWhole() {
        try (VhelpiClient demo = ReferenceServer.client(DEMO_KEY)) {
            String emoji = "\uD83D\uDE00".repeat(100);
            Session created =
                    demo.operator("it.emoji")
                            .invite()
                            .bySms("+36 30 616 7347")
                            .onLicense(DEMO_LICENSE)
                            .caseNumber("\uD83D\uDE97".repeat(10))
                            .externalReference(emoji)
                            .send();

            Session read = demo.operator("it.emoji").session(created.id());
            assertThat(read.externalReference()).isEqualTo(emoji);
            assertThat(read.caseNumber()).isEqualTo("\uD83D\uDE97".repeat(10));
            demo.operator("it.emoji").close(created.id());
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

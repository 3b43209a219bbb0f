package io.vhelpi.server.it;

import static io.vhelpi.server.it.ReferenceServer.BULK_KEY;
import static io.vhelpi.server.it.ReferenceServer.BULK_LICENSE;
import static io.vhelpi.server.it.ReferenceServer.BULK_ORGANISATION;
import static io.vhelpi.server.it.ReferenceServer.DEMO_KEY;
import static io.vhelpi.server.it.ReferenceServer.DEMO_LICENSE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same Idempotency-Key gets the first answer again; a different request with it is refused. */
class IdempotencyIT {

    private static String body(String operatorCase, String phone) {
        return "{\"channel\": \"SMS\", \"licenseId\": \""
                + BULK_LICENSE
                + "\", \"caseNumber\": \""
                + operatorCase
                + "\", \"phone\": \""
                + phone
                + "\"}";
    }

    @Test
    void repeatingACreateWithItsKeyReturnsTheFirstAnswerWithoutASecondSessionCreditOrMessage() {
        Map<String, Long> before = ReferenceServer.counts(BULK_ORGANISATION);

        HttpResponse<String> first =
                ReferenceServer.rawCreate(
                        BULK_KEY, "idem.anna", body("IDM0000001", "+36301111111"), "idem-anna-1");
        // The same request, serialised differently: members reordered, white space changed.
        HttpResponse<String> again =
                ReferenceServer.rawCreate(
                        BULK_KEY,
                        "idem.anna",
                        "{\"phone\":\"+36301111111\",\"caseNumber\":\"IDM0000001\","
                                + "\"licenseId\":\""
                                + BULK_LICENSE
                                + "\",\"channel\":\"SMS\"}",
                        "idem-anna-1");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(again.headers().firstValue("Vhelpi-Request-Id"))
                .isNotEqualTo(first.headers().firstValue("Vhelpi-Request-Id"));
        assertThat(ReferenceServer.json(again.body()).get("joinUrl").asText()).contains("/j/");
        assertThat(delta(before, ReferenceServer.counts(BULK_ORGANISATION)))
                .containsEntry("sessions", 1L)
                .containsEntry("debits", 1L)
                .containsEntry("messages", 1L)
                .containsEntry("credits", -1L);
    }

    @Test
    void theSameKeyWithADifferentRequestIsRefusedAsReusedAndChangesNothing() {
        HttpResponse<String> first =
                ReferenceServer.rawCreate(
                        BULK_KEY, "idem.bela", body("IDM0000002", "+36302222222"), "idem-bela-1");
        assertThat(first.statusCode()).isEqualTo(201);
        Map<String, Long> before = ReferenceServer.counts(BULK_ORGANISATION);

        HttpResponse<String> otherBody =
                ReferenceServer.rawCreate(
                        BULK_KEY, "idem.bela", body("IDM0000003", "+36302222222"), "idem-bela-1");
        HttpResponse<String> otherOperator =
                ReferenceServer.rawCreate(
                        BULK_KEY, "idem.cecil", body("IDM0000002", "+36302222222"), "idem-bela-1");

        for (HttpResponse<String> refused : java.util.List.of(otherBody, otherOperator)) {
            assertThat(refused.statusCode()).isEqualTo(422);
            JsonNode problem = ReferenceServer.json(refused.body());
            assertThat(problem.get("code").asText()).isEqualTo("idempotency_key_reused");
        }
        assertThat(delta(before, ReferenceServer.counts(BULK_ORGANISATION)))
                .containsEntry("sessions", 0L)
                .containsEntry("debits", 0L)
                .containsEntry("messages", 0L);
    }

    @Test
    void keysBelongToTheirOrganisationSoAnotherOrganisationsKeyOfTheSameTextRunsOnItsOwn() {
        HttpResponse<String> bulk =
                ReferenceServer.rawCreate(
                        BULK_KEY, "idem.dora", body("IDM0000004", "+36303333333"), "shared-text");
        HttpResponse<String> demo =
                ReferenceServer.rawCreate(
                        DEMO_KEY,
                        "idem.dora",
                        "{\"channel\": \"SMS\", \"licenseId\": \""
                                + DEMO_LICENSE
                                + "\", \"caseNumber\": \"IDM0000004\", \"phone\":"
                                + " \"+36303333333\"}",
                        "shared-text");

        assertThat(bulk.statusCode()).isEqualTo(201);
        assertThat(demo.statusCode()).isEqualTo(201);
        assertThat(demo.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(ReferenceServer.json(demo.body()).get("id").asText())
                .isNotEqualTo(ReferenceServer.json(bulk.body()).get("id").asText());
    }

    @Test
    void aRefusedFirstRequestIsAnsweredTheSameWayWhenRepeated() {
        HttpResponse<String> first =
                ReferenceServer.rawCreate(
                        BULK_KEY, "idem.ede", body("SHORT", "+36304444444"), "idem-ede-1");
        HttpResponse<String> again =
                ReferenceServer.rawCreate(
                        BULK_KEY, "idem.ede", body("SHORT", "+36304444444"), "idem-ede-1");

        assertThat(first.statusCode()).isEqualTo(400);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void repeatingACloseWithItsKeyReturnsTheFirstAnswer() {
        HttpResponse<String> created =
                ReferenceServer.rawCreate(
                        BULK_KEY, "idem.fanni", body("IDM0000005", "+36305555555"), "idem-fanni-c");
        String sessionId = ReferenceServer.json(created.body()).get("id").asText();

        HttpResponse<String> closed =
                ReferenceServer.rawClose(BULK_KEY, "idem.fanni", sessionId, "idem-fanni-x");
        HttpResponse<String> again =
                ReferenceServer.rawClose(BULK_KEY, "idem.fanni", sessionId, "idem-fanni-x");

        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(ReferenceServer.json(closed.body()).get("status").asText()).isEqualTo("CLOSED");
        assertThat(again.body()).isEqualTo(closed.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    }

    @Test
    void aMalformedKeyIsRefusedAsAValidationError() {
        HttpResponse<String> refused =
                ReferenceServer.rawCreate(
                        BULK_KEY,
                        "idem.gabor",
                        body("IDM0000006", "+36306666666"),
                        "k".repeat(129));

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = ReferenceServer.json(refused.body());
        assertThat(problem.get("code").asText()).isEqualTo("validation_failed");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
    }

    static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new java.util.LinkedHashMap<>();
        after.forEach((name, value) -> delta.put(name, value - before.get(name)));
        return delta;
    }
}

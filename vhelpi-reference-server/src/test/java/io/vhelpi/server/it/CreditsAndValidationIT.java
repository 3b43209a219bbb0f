package io.vhelpi.server.it;

import static io.vhelpi.server.it.ReferenceServer.DEMO_KEY;
import static io.vhelpi.server.it.ReferenceServer.DEMO_LICENSE;
import static io.vhelpi.server.it.ReferenceServer.ONE_CREDIT_KEY;
import static io.vhelpi.server.it.ReferenceServer.ONE_CREDIT_LICENSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.errors.FieldError;
import io.vhelpi.sdk.errors.InsufficientCreditsException;
import io.vhelpi.sdk.errors.LicenseNotFoundException;
import io.vhelpi.sdk.errors.UnauthorizedException;
import io.vhelpi.sdk.errors.ValidationFailedException;
import io.vhelpi.sdk.model.Session;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Credits are charged exactly once per session, and rejected requests change nothing. */
class CreditsAndValidationIT {

    private static VhelpiClient demo;
    private static VhelpiClient broker;

    @BeforeAll
    static void connect() {
        demo = ReferenceServer.client(DEMO_KEY);
        broker = ReferenceServer.client(ONE_CREDIT_KEY);
    }

    @AfterAll
    static void disconnect() {
        demo.close();
        broker.close();
    }

    @Test
    void theLastCreditBuysOneSessionAndTheNextCreateIsRefusedForInsufficientCredits() {
        assertThat(ReferenceServer.credits(broker, ONE_CREDIT_LICENSE)).isEqualTo(1);
        Session bought =
                broker.operator("broker.anna")
                        .invite()
                        .bySms("+36 70 123 4567")
                        .onLicense(ONE_CREDIT_LICENSE)
                        .caseNumber("BRK0000001")
                        .send();
        assertThat(bought.license().name()).isEqualTo("Egy kredit");
        assertThat(ReferenceServer.credits(broker, ONE_CREDIT_LICENSE)).isZero();
        int outboxBefore = ReferenceServer.outbox().size();

        InsufficientCreditsException refused =
                catchThrowableOfType(
                        InsufficientCreditsException.class,
                        () ->
                                broker.operator("broker.bela")
                                        .invite()
                                        .bySms("+36 70 123 4568")
                                        .onLicense(ONE_CREDIT_LICENSE)
                                        .caseNumber("BRK0000002")
                                        .send());

        assertThat(refused.httpStatus()).isEqualTo(402);
        assertThat(refused.code()).isEqualTo("insufficient_credits");
        assertThat(refused.licenseId()).isEqualTo(ONE_CREDIT_LICENSE);
        assertThat(ReferenceServer.credits(broker, ONE_CREDIT_LICENSE)).isZero();
        assertThat(ReferenceServer.outbox().size()).isEqualTo(outboxBefore);
        assertThat(broker.operator("broker.bela").history().fetch().items()).isEmpty();
        assertThat(broker.operator("broker.bela").activeSession()).isEmpty();
    }

    @Test
    void invalidFieldsAreRefusedByTheServerWithFieldErrorsAndNothingIsCharged() {
        int creditsBefore = ReferenceServer.credits(demo, DEMO_LICENSE);
        int outboxBefore = ReferenceServer.outbox().size();

        HttpResponse<String> response =
                ReferenceServer.rawCreate(
                        DEMO_KEY,
                        "it.invalid",
                        "{\"channel\":\"SMS\",\"licenseId\":\""
                                + DEMO_LICENSE
                                + "\","
                                + "\"caseNumber\":\"#34243\",\"phone\":\"+36 1 234 5678\","
                                + "\"email\":\"kovacs@example.hu\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
        JsonNode problem = ReferenceServer.json(response.body());
        assertThat(problem.get("code").asText()).isEqualTo("validation_failed");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("requestId").asText())
                .isEqualTo(response.headers().firstValue("Vhelpi-Request-Id").orElseThrow());
        assertThat(problem.get("errors"))
                .extracting(
                        error -> error.get("field").asText(), error -> error.get("code").asText())
                .containsExactly(
                        tuple("caseNumber", "case_number_length"),
                        tuple("phone", "phone_not_mobile"),
                        tuple("email", "not_allowed"));
        assertThat(problem.get("errors").get(0).get("message").asText())
                .isEqualTo("The case number must be exactly 10 characters long; it has 6.");

        assertThat(ReferenceServer.credits(demo, DEMO_LICENSE)).isEqualTo(creditsBefore);
        assertThat(ReferenceServer.outbox().size()).isEqualTo(outboxBefore);
        assertThat(demo.operator("it.invalid").history().fetch().items()).isEmpty();
    }

    @Test
    void malformedBodiesAreValidationErrorsNeverServerErrors() {
        for (String body :
                new String[] {"{\"channel\":", "[]", "\"SMS\"", "{\"channel\": 5}", ""}) {
            HttpResponse<String> response =
                    ReferenceServer.rawCreate(DEMO_KEY, "it.malformed", body);

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(ReferenceServer.json(response.body()).get("code").asText())
                    .as(body)
                    .isEqualTo("validation_failed");
        }
        assertThat(demo.operator("it.malformed").history().fetch().items()).isEmpty();
    }

    @Test
    void theSdkRefusesInvalidInputBeforeAnyCallInTheChosenLanguage() {
        int creditsBefore = ReferenceServer.credits(demo, DEMO_LICENSE);

        ValidationFailedException refused =
                catchThrowableOfType(
                        ValidationFailedException.class,
                        () ->
                                demo.operator("it.sdk-invalid")
                                        .invite()
                                        .bySms("+44 20 7946 0958")
                                        .onLicense(DEMO_LICENSE)
                                        .caseNumber("KAR2025001")
                                        .send());

        assertThat(refused.httpStatus()).isZero();
        assertThat(refused.fieldErrors())
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("phone", "phone_not_hungarian"));
        assertThat(ReferenceServer.credits(demo, DEMO_LICENSE)).isEqualTo(creditsBefore);
    }

    @Test
    void aLicenseOfAnotherOrganisationCannotBeCharged() {
        int brokerCredits = ReferenceServer.credits(broker, ONE_CREDIT_LICENSE);

        LicenseNotFoundException refused =
                catchThrowableOfType(
                        LicenseNotFoundException.class,
                        () ->
                                demo.operator("it.foreign-license")
                                        .invite()
                                        .bySms("+36 30 616 7347")
                                        .onLicense(ONE_CREDIT_LICENSE)
                                        .caseNumber("KAR2025003")
                                        .send());

        assertThat(refused.httpStatus()).isEqualTo(404);
        assertThat(ReferenceServer.credits(broker, ONE_CREDIT_LICENSE)).isEqualTo(brokerCredits);
    }

    @Test
    void anUnknownApiKeyIsUnauthorized() {
        try (VhelpiClient stranger = ReferenceServer.client("vh_live_not_a_real_key_000000")) {
            UnauthorizedException refused =
                    catchThrowableOfType(UnauthorizedException.class, stranger::licenses);

            assertThat(refused.httpStatus()).isEqualTo(401);
            assertThat(refused.code()).isEqualTo("unauthorized");
        }
    }
}

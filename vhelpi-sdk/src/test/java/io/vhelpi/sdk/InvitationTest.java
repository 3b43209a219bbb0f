package io.vhelpi.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.vhelpi.core.Channel;
import io.vhelpi.sdk.errors.FieldError;
import io.vhelpi.sdk.errors.ValidationFailedException;
import io.vhelpi.sdk.model.DeliveryStatus;
import io.vhelpi.sdk.model.Invitation;
import io.vhelpi.sdk.model.License;
import io.vhelpi.sdk.model.LicenseKind;
import io.vhelpi.sdk.model.LicenseRef;
import io.vhelpi.sdk.model.Session;
import io.vhelpi.sdk.model.SessionStatus;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvitationTest extends WireMockTestSupport {

    @BeforeEach
    void serverCreatesSessions() {
        server.stubFor(
                post("/api/v1/sessions")
                        .willReturn(
                                aResponse()
                                        .withStatus(201)
                                        .withHeader("Content-Type", "application/json")
                                        .withHeader("Location", "/api/v1/sessions/" + SESSION_ID)
                                        .withBody(SESSION_JSON)));
    }

    @Test
    void sms_invitation_sends_the_phone_in_e164_and_the_operator_headers() {
        Session session =
                client().operator(OPERATOR)
                        .invite()
                        .bySms("+36 30 616 7347")
                        .onLicense(LICENSE_ID)
                        .caseNumber("KAR2025001")
                        .externalReference("CLAIM-2025-000123-HU")
                        .idempotencyKey("create-KAR2025001")
                        .send();

        server.verify(
                postRequestedFor(urlEqualTo("/api/v1/sessions"))
                        .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                        .withHeader("Vhelpi-Operator", equalTo(OPERATOR))
                        .withHeader("Idempotency-Key", equalTo("create-KAR2025001"))
                        .withHeader("Content-Type", matching("application/json.*"))
                        .withHeader("User-Agent", matching("vhelpi-sdk/dev Java/.*"))
                        .withRequestBody(
                                equalToJson(
                                        """
                                        {"channel": "SMS",
                                         "licenseId": "5b1f4a52-9a8e-4c1e-9a57-3c2b9c1d2e01",
                                         "caseNumber": "KAR2025001",
                                         "phone": "+36306167347",
                                         "externalReference": "CLAIM-2025-000123-HU"}
                                        """)));
        assertThat(session)
                .isEqualTo(
                        new Session(
                                SESSION_ID,
                                "4caa8cf4",
                                "KAR2025001",
                                null,
                                Channel.SMS,
                                "+36306167347",
                                new LicenseRef(LICENSE_ID, "Saját licenz"),
                                OPERATOR,
                                SessionStatus.INVITED,
                                new Invitation(DeliveryStatus.SENT, null),
                                "http://localhost:8080/j/" + JOIN_TOKEN,
                                Instant.parse("2025-01-22T13:37:00Z"),
                                null,
                                null,
                                Instant.parse("2025-01-22T14:37:00Z"),
                                0));
    }

    @Test
    void email_invitation_on_a_license_object_sends_the_address_and_a_generated_uuid_key() {
        License license = new License(LICENSE_ID, "Saját licenz", LicenseKind.OWN, 192);

        client().operator(OPERATOR)
                .invite()
                .byEmail("kovacs.janos@pelda.hu")
                .onLicense(license)
                .caseNumber("KAR2025001")
                .send();

        server.verify(
                postRequestedFor(urlEqualTo("/api/v1/sessions"))
                        .withHeader(
                                "Idempotency-Key",
                                matching(
                                        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                                                + "[0-9a-f]{12}"))
                        .withRequestBody(
                                equalToJson(
                                        """
                                        {"channel": "EMAIL",
                                         "licenseId": "5b1f4a52-9a8e-4c1e-9a57-3c2b9c1d2e01",
                                         "caseNumber": "KAR2025001",
                                         "email": "kovacs.janos@pelda.hu"}
                                        """)));
    }

    @Test
    void a_random_case_number_has_exactly_ten_characters() {
        client().operator(OPERATOR)
                .invite()
                .bySms("06306167347")
                .onLicense(LICENSE_ID)
                .randomCaseNumber()
                .send();

        server.verify(
                postRequestedFor(urlEqualTo("/api/v1/sessions"))
                        .withRequestBody(matching(".*\"caseNumber\":\"[^\"]{10}\".*"))
                        .withRequestBody(matching(".*\"phone\":\"\\+36306167347\".*")));
    }

    @Test
    void landline_number_is_rejected_before_any_request_is_sent() {
        ValidationFailedException failure =
                catchThrowableOfType(
                        ValidationFailedException.class,
                        () ->
                                client().operator(OPERATOR)
                                        .invite()
                                        .bySms("+36 1 234 5678")
                                        .onLicense(LICENSE_ID)
                                        .caseNumber("KAR2025001")
                                        .send());

        assertThat(failure.fieldErrors())
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("phone", "phone_not_mobile"));
        assertThat(failure.httpStatus()).isZero();
        assertThat(failure.requestId()).isNull();
        assertThat(failure.code()).isEqualTo("validation_failed");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void short_case_number_and_foreign_phone_are_both_reported_without_a_request() {
        ValidationFailedException failure =
                catchThrowableOfType(
                        ValidationFailedException.class,
                        () ->
                                client().operator(OPERATOR)
                                        .invite()
                                        .bySms("+49 151 23456789")
                                        .onLicense(LICENSE_ID)
                                        .caseNumber("#34243")
                                        .send());

        assertThat(failure.fieldErrors())
                .extracting(FieldError::field, FieldError::code)
                .containsExactlyInAnyOrder(
                        tuple("caseNumber", "case_number_length"),
                        tuple("phone", "phone_not_hungarian"));
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void malformed_email_and_missing_license_are_rejected_without_a_request() {
        ValidationFailedException failure =
                catchThrowableOfType(
                        ValidationFailedException.class,
                        () ->
                                client().operator(OPERATOR)
                                        .invite()
                                        .byEmail("kovacs.janos@@pelda")
                                        .caseNumber("KAR2025001")
                                        .send());

        assertThat(failure.fieldErrors())
                .extracting(FieldError::field, FieldError::code)
                .containsExactlyInAnyOrder(
                        tuple("licenseId", "required"), tuple("email", "email_invalid"));
        assertThat(failure.fieldErrors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void an_invitation_without_a_channel_is_rejected_without_a_request() {
        ValidationFailedException failure =
                catchThrowableOfType(
                        ValidationFailedException.class,
                        () ->
                                client().operator(OPERATOR)
                                        .invite()
                                        .onLicense(LICENSE_ID)
                                        .caseNumber("KAR2025001")
                                        .send());

        assertThat(failure.fieldErrors())
                .extracting(FieldError::field, FieldError::code)
                .contains(tuple("channel", "required"));
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void an_invitation_request_is_sent_only_once() {
        InvitationRequest request =
                client().operator(OPERATOR)
                        .invite()
                        .bySms("+36306167347")
                        .onLicense(LICENSE_ID)
                        .caseNumber("KAR2025001");
        request.send();

        assertThatThrownBy(request::send)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("This invitation request was already sent");
        server.verify(1, postRequestedFor(urlEqualTo("/api/v1/sessions")));
    }

    @Test
    void an_idempotency_key_with_spaces_is_refused() {
        InvitationRequest request = client().operator(OPERATOR).invite();

        assertThatThrownBy(() -> request.idempotencyKey("two words"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("idempotencyKey must be 1 to 128 printable ASCII characters");
    }
}

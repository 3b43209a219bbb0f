package io.vhelpi.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vhelpi.sdk.errors.ActiveSessionExistsException;
import io.vhelpi.sdk.errors.FieldError;
import io.vhelpi.sdk.errors.ForbiddenException;
import io.vhelpi.sdk.errors.IdempotencyKeyReusedException;
import io.vhelpi.sdk.errors.InsufficientCreditsException;
import io.vhelpi.sdk.errors.LicenseNotFoundException;
import io.vhelpi.sdk.errors.RateLimitedException;
import io.vhelpi.sdk.errors.ResendRefusedException;
import io.vhelpi.sdk.errors.SessionNotFoundException;
import io.vhelpi.sdk.errors.UnauthorizedException;
import io.vhelpi.sdk.errors.ValidationFailedException;
import io.vhelpi.sdk.errors.VhelpiException;
import io.vhelpi.sdk.errors.VhelpiServerException;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest extends WireMockTestSupport {

    static Stream<Arguments> problemCodes() {
        return Stream.of(
                Arguments.of("validation_failed", 400, ValidationFailedException.class),
                Arguments.of("unauthorized", 401, UnauthorizedException.class),
                Arguments.of("forbidden", 403, ForbiddenException.class),
                Arguments.of("license_not_found", 404, LicenseNotFoundException.class),
                Arguments.of("session_not_found", 404, SessionNotFoundException.class),
                Arguments.of("active_session_exists", 409, ActiveSessionExistsException.class),
                Arguments.of("insufficient_credits", 402, InsufficientCreditsException.class),
                Arguments.of("session_not_waiting", 409, ResendRefusedException.class),
                Arguments.of("resend_limit_reached", 409, ResendRefusedException.class),
                Arguments.of("idempotency_key_reused", 422, IdempotencyKeyReusedException.class),
                Arguments.of("rate_limited", 429, RateLimitedException.class),
                Arguments.of("something_new", 418, VhelpiServerException.class));
    }

    @ParameterizedTest(name = "{0} becomes {2}")
    @MethodSource("problemCodes")
    void each_problem_code_becomes_its_exception_with_status_and_request_id(
            String code, int status, Class<? extends VhelpiException> type) {
        server.stubFor(get("/api/v1/licenses").willReturn(problem(status, code, "req-" + code)));

        VhelpiException failure =
                catchThrowableOfType(
                        VhelpiException.class,
                        () -> remember(builder().maxAttempts(1).build()).licenses());

        assertThat(failure).isExactlyInstanceOf(type);
        assertThat(failure.code()).isEqualTo(code);
        assertThat(failure.httpStatus()).isEqualTo(status);
        assertThat(failure.requestId()).isEqualTo("req-" + code);
        assertThat(failure.detail()).isEqualTo("Explained by the server.");
    }

    @Test
    void validation_failure_from_the_server_lists_each_field() {
        server.stubFor(
                post("/api/v1/sessions")
                        .willReturn(
                                problemJson(
                                        400,
                                        """
                                        {"type": "https://vhelpi.io/problems/validation_failed",
                                         "title": "Validation failed", "status": 400,
                                         "code": "validation_failed",
                                         "detail": "2 fields are invalid.",
                                         "instance": "/api/v1/sessions",
                                         "requestId": "b3c1d1f0e2a94c6e",
                                         "errors": [
                                           {"field": "phone", "code": "phone_not_mobile",
                                            "message": "The phone number is a landline."},
                                           {"field": "caseNumber", "code": "case_number_length",
                                            "message": "It has 7 characters."}]}
                                        """)));

        ValidationFailedException failure =
                catchThrowableOfType(ValidationFailedException.class, this::sendValidInvitation);

        assertThat(failure.requestId()).isEqualTo("b3c1d1f0e2a94c6e");
        assertThat(failure.httpStatus()).isEqualTo(400);
        assertThat(failure.fieldErrors())
                .containsExactly(
                        new FieldError(
                                "phone", "phone_not_mobile", "The phone number is a landline."),
                        new FieldError("caseNumber", "case_number_length", "It has 7 characters."));
        assertThat(failure.getMessage())
                .isEqualTo(
                        "The request is invalid. 2 fields are invalid. [phone: The phone number"
                                + " is a landline.; caseNumber: It has 7 characters.]"
                                + " (request id: b3c1d1f0e2a94c6e)");
    }

    @Test
    void active_session_conflict_names_the_open_session() {
        server.stubFor(
                post("/api/v1/sessions")
                        .willReturn(
                                problemJson(
                                        409,
                                        """
                                        {"status": 409, "code": "active_session_exists",
                                         "detail": "The operator has an active session.",
                                         "requestId": "r-409",
                                         "activeSessionId": "4caa8cf4-0d5e-4a8b-9a43-2a4f7e9b1c11",
                                         "activeSessionShortId": "4caa8cf4"}
                                        """)));

        ActiveSessionExistsException failure =
                catchThrowableOfType(ActiveSessionExistsException.class, this::sendValidInvitation);

        assertThat(failure.activeSessionId()).isEqualTo(SESSION_ID);
        assertThat(failure.activeSessionShortId()).isEqualTo("4caa8cf4");
        assertThat(failure.requestId()).isEqualTo("r-409");
        server.verify(
                1,
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        urlEqualTo("/api/v1/sessions")));
    }

    @Test
    void exhausted_license_is_named() {
        server.stubFor(
                post("/api/v1/sessions")
                        .willReturn(
                                problemJson(
                                        402,
                                        """
                                        {"status": 402, "code": "insufficient_credits",
                                         "licenseId": "5b1f4a52-9a8e-4c1e-9a57-3c2b9c1d2e01"}
                                        """)));

        InsufficientCreditsException failure =
                catchThrowableOfType(InsufficientCreditsException.class, this::sendValidInvitation);

        assertThat(failure.licenseId()).isEqualTo(LICENSE_ID);
    }

    @Test
    void request_id_header_is_preferred_over_the_body() {
        server.stubFor(
                get("/api/v1/licenses")
                        .willReturn(
                                problem(401, "unauthorized", "from-body")
                                        .withHeader("Vhelpi-Request-Id", "from-header")));

        UnauthorizedException failure =
                catchThrowableOfType(UnauthorizedException.class, () -> client().licenses());

        assertThat(failure.requestId()).isEqualTo("from-header");
    }

    @Test
    void a_server_error_page_that_is_not_a_problem_becomes_a_server_exception() {
        server.stubFor(
                get("/api/v1/licenses")
                        .willReturn(
                                aResponse()
                                        .withStatus(500)
                                        .withHeader("Content-Type", "text/html")
                                        .withBody("<html>Internal Server Error</html>")));

        VhelpiServerException failure =
                catchThrowableOfType(VhelpiServerException.class, () -> client().licenses());

        assertThat(failure.code()).isEqualTo("server_error");
        assertThat(failure.httpStatus()).isEqualTo(500);
        assertThat(failure.getMessage())
                .isEqualTo("The Vhelpi server failed to process the request.");
        server.verify(1, getRequestedFor(urlEqualTo("/api/v1/licenses")));
    }

    @Test
    void messages_are_in_hungarian_when_the_client_speaks_hungarian() {
        server.stubFor(
                get("/api/v1/sessions/" + SESSION_ID)
                        .willReturn(
                                problemJson(
                                        404,
                                        """
                                        {"status": 404, "code": "session_not_found",
                                         "requestId": "r-404"}
                                        """)));

        SessionNotFoundException failure =
                catchThrowableOfType(
                        SessionNotFoundException.class,
                        () ->
                                client(Locale.forLanguageTag("hu"))
                                        .operator(OPERATOR)
                                        .session(SESSION_ID));

        assertThat(failure.getMessage())
                .isEqualTo("A munkamenet nem található. (kérésazonosító: r-404)");
    }

    @Test
    void messages_are_in_english_by_default() {
        server.stubFor(
                get("/api/v1/sessions/" + SESSION_ID)
                        .willReturn(
                                problemJson(
                                        404,
                                        """
                                        {"status": 404, "code": "session_not_found",
                                         "requestId": "r-404"}
                                        """)));

        SessionNotFoundException failure =
                catchThrowableOfType(
                        SessionNotFoundException.class,
                        () -> client().operator(OPERATOR).session(SESSION_ID));

        assertThat(failure.getMessage())
                .isEqualTo("The session was not found. (request id: r-404)");
    }

    @Test
    void hungarian_client_side_validation_explains_each_field_in_hungarian() {
        ValidationFailedException failure =
                catchThrowableOfType(
                        ValidationFailedException.class,
                        () ->
                                client(Locale.forLanguageTag("hu"))
                                        .operator(OPERATOR)
                                        .invite()
                                        .bySms("06306167347")
                                        .onLicense(LICENSE_ID)
                                        .caseNumber("KAR")
                                        .send());

        assertThat(failure.getMessage()).startsWith("A kérés érvénytelen. [caseNumber: ");
        assertThat(failure.fieldErrors()).hasSize(1);
        assertThat(failure.getMessage()).endsWith(failure.fieldErrors().get(0).message() + "]");
    }

    @Test
    void rate_limit_exhausting_all_attempts_reports_the_requested_wait() {
        server.stubFor(
                get("/api/v1/licenses")
                        .willReturn(
                                problem(429, "rate_limited", "r-429")
                                        .withHeader("Retry-After", "7")));

        RateLimitedException failure =
                catchThrowableOfType(
                        RateLimitedException.class,
                        () -> remember(builder().maxAttempts(1).build()).licenses());

        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
    }

    private void sendValidInvitation() {
        remember(builder().maxAttempts(1).build())
                .operator(OPERATOR)
                .invite()
                .bySms("+36 30 616 7347")
                .onLicense(LICENSE_ID)
                .caseNumber("KAR2025001")
                .send();
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(
            int status, String code, String requestId) {
        return problemJson(
                status,
                "{\"status\": %d, \"code\": \"%s\", \"detail\": \"Explained by the server.\","
                                .formatted(status, code)
                        + " \"requestId\": \""
                        + requestId
                        + "\", \"errors\": []}");
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problemJson(
            int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(body);
    }
}

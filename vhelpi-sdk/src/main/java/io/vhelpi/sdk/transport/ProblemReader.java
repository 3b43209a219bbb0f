package io.vhelpi.sdk.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vhelpi.sdk.errors.ActiveSessionExistsException;
import io.vhelpi.sdk.errors.ErrorDetails;
import io.vhelpi.sdk.errors.FieldError;
import io.vhelpi.sdk.errors.ForbiddenException;
import io.vhelpi.sdk.errors.IdempotencyKeyInUseException;
import io.vhelpi.sdk.errors.IdempotencyKeyReusedException;
import io.vhelpi.sdk.errors.InsufficientCreditsException;
import io.vhelpi.sdk.errors.LicenseNotFoundException;
import io.vhelpi.sdk.errors.OrganisationNotFoundException;
import io.vhelpi.sdk.errors.RateLimitedException;
import io.vhelpi.sdk.errors.ResendRefusedException;
import io.vhelpi.sdk.errors.SessionNotFoundException;
import io.vhelpi.sdk.errors.UnauthorizedException;
import io.vhelpi.sdk.errors.ValidationFailedException;
import io.vhelpi.sdk.errors.VhelpiException;
import io.vhelpi.sdk.errors.VhelpiServerException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns an error answer, normally an RFC 9457 problem document, into the typed exception. */
final class ProblemReader {

    private final ObjectMapper mapper;
    private final Locale locale;
    private final Clock clock;

    ProblemReader(ObjectMapper mapper, Locale locale, Clock clock) {
        this.mapper = mapper;
        this.locale = locale;
        this.clock = clock;
    }

    /**
     * The exception for an error answer.
     *
     * @param status the HTTP status
     * @param headerRequestId the {@code Vhelpi-Request-Id} header, or {@code null}
     * @param retryAfterHeader the {@code Retry-After} header, or {@code null}
     * @param body the body as text, or {@code null}
     */
    VhelpiException toException(
            int status, String headerRequestId, String retryAfterHeader, String body) {
        JsonNode problem = parse(body);
        String code = text(problem, "code");
        String requestId = headerRequestId != null ? headerRequestId : text(problem, "requestId");
        ErrorDetails details =
                new ErrorDetails(
                        status, requestId, text(problem, "detail"), fieldErrors(problem), locale);

        if (code == null) {
            code = codeFromStatus(status);
        }
        return switch (code) {
            case ValidationFailedException.CODE -> new ValidationFailedException(details);
            case UnauthorizedException.CODE -> new UnauthorizedException(details);
            case ForbiddenException.CODE -> new ForbiddenException(details);
            case LicenseNotFoundException.CODE -> new LicenseNotFoundException(details);
            case SessionNotFoundException.CODE -> new SessionNotFoundException(details);
            case OrganisationNotFoundException.CODE -> new OrganisationNotFoundException(details);
            case IdempotencyKeyReusedException.CODE -> new IdempotencyKeyReusedException(details);
            case IdempotencyKeyInUseException.CODE -> new IdempotencyKeyInUseException(details);
            case ActiveSessionExistsException.CODE ->
                    new ActiveSessionExistsException(
                            details,
                            text(problem, "activeSessionId"),
                            text(problem, "activeSessionShortId"));
            case InsufficientCreditsException.CODE ->
                    new InsufficientCreditsException(details, text(problem, "licenseId"));
            case ResendRefusedException.NOT_WAITING, ResendRefusedException.LIMIT_REACHED ->
                    new ResendRefusedException(code, details);
            case RateLimitedException.CODE ->
                    new RateLimitedException(details, retryAfter(retryAfterHeader, clock));
            default ->
                    new VhelpiServerException(
                            code, details, null, retryAfter(retryAfterHeader, clock));
        };
    }

    // Answers without a problem document come from proxies or a wrong base address.
    private static String codeFromStatus(int status) {
        return switch (status) {
            case 401 -> UnauthorizedException.CODE;
            case 403 -> ForbiddenException.CODE;
            case 429 -> RateLimitedException.CODE;
            default ->
                    status >= 500
                            ? VhelpiServerException.SERVER_ERROR
                            : VhelpiServerException.UNEXPECTED_RESPONSE;
        };
    }

    /**
     * The wait a {@code Retry-After} header asks for: delay seconds, or an HTTP date measured from
     * the clock's present.
     *
     * @return the wait, or {@code null} when the header is missing or unreadable
     */
    static Duration retryAfter(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static List<FieldError> fieldErrors(JsonNode problem) {
        List<FieldError> errors = new ArrayList<>();
        if (problem == null || !problem.path("errors").isArray()) {
            return errors;
        }
        for (JsonNode error : problem.get("errors")) {
            errors.add(
                    new FieldError(
                            text(error, "field"), text(error, "code"), text(error, "message")));
        }
        return errors;
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

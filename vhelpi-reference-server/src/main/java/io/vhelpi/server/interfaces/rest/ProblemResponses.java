package io.vhelpi.server.interfaces.rest;

import io.vhelpi.core.validation.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds RFC 9457 problem documents: {@code type}, {@code title}, {@code status}, the stable {@code
 * code}, a human {@code detail}, the {@code requestId}, and for validation the list of field {@code
 * errors}.
 */
@ApplicationScoped
public class ProblemResponses {

    /** The media type of every error. */
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private static final String TYPE_BASE = "https://vhelpi.io/problems/";

    private static final Map<String, Integer> STATUS =
            Map.ofEntries(
                    Map.entry("validation_failed", 400),
                    Map.entry("unauthorized", 401),
                    Map.entry("insufficient_credits", 402),
                    Map.entry("forbidden", 403),
                    Map.entry("license_not_found", 404),
                    Map.entry("session_not_found", 404),
                    Map.entry("organisation_not_found", 404),
                    Map.entry("not_found", 404),
                    Map.entry("method_not_allowed", 405),
                    Map.entry("not_acceptable", 406),
                    Map.entry("payload_too_large", 413),
                    Map.entry("active_session_exists", 409),
                    Map.entry("session_not_waiting", 409),
                    Map.entry("resend_limit_reached", 409),
                    Map.entry("unsupported_media_type", 415),
                    Map.entry("idempotency_key_in_use", 409),
                    Map.entry("idempotency_key_reused", 422),
                    Map.entry("rate_limited", 429),
                    Map.entry("internal_error", 500));

    private static final Map<String, String> TITLES =
            Map.ofEntries(
                    Map.entry("validation_failed", "Validation failed"),
                    Map.entry("unauthorized", "Unauthorized"),
                    Map.entry("insufficient_credits", "Insufficient credits"),
                    Map.entry("forbidden", "Forbidden"),
                    Map.entry("license_not_found", "License not found"),
                    Map.entry("session_not_found", "Session not found"),
                    Map.entry("organisation_not_found", "Organisation not found"),
                    Map.entry("not_found", "Not found"),
                    Map.entry("method_not_allowed", "Method not allowed"),
                    Map.entry("not_acceptable", "Not acceptable"),
                    Map.entry("payload_too_large", "Payload too large"),
                    Map.entry("active_session_exists", "Active session exists"),
                    Map.entry("session_not_waiting", "Session not waiting for the customer"),
                    Map.entry("resend_limit_reached", "Resend limit reached"),
                    Map.entry("unsupported_media_type", "Unsupported media type"),
                    Map.entry("idempotency_key_in_use", "Idempotency key in use"),
                    Map.entry("idempotency_key_reused", "Idempotency key reused"),
                    Map.entry("rate_limited", "Rate limited"),
                    Map.entry("internal_error", "Internal error"));

    @Inject RequestContext context;

    /** The HTTP status of an error code. */
    public static int status(String code) {
        return STATUS.getOrDefault(code, 500);
    }

    /** A problem response without field errors. */
    public Response problem(
            String code, String detail, Map<String, Object> extra, UriInfo uriInfo) {
        return problem(code, detail, extra, List.of(), uriInfo);
    }

    /** A problem response; {@code violations} become the {@code errors} list. */
    public Response problem(
            String code,
            String detail,
            Map<String, Object> extra,
            List<Violation> violations,
            UriInfo uriInfo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + code);
        body.put("title", TITLES.getOrDefault(code, code));
        body.put("status", status(code));
        body.put("code", code);
        body.put("detail", detail != null ? detail : summary(violations));
        if (uriInfo != null) {
            body.put("instance", "/" + uriInfo.getPath().replaceFirst("^/", ""));
        }
        body.put("requestId", context.requestId());
        body.putAll(extra);
        if (!violations.isEmpty()) {
            body.put("errors", violations.stream().map(this::fieldError).toList());
        }
        Response.ResponseBuilder response =
                Response.status(status(code)).type(PROBLEM_JSON).entity(body);
        if (code.equals("unauthorized")) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"vhelpi\"");
        }
        return response.build();
    }

    private Map<String, Object> fieldError(Violation violation) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", violation.field());
        error.put("code", violation.code());
        error.put("message", violation.message(context.locale()));
        return error;
    }

    private String summary(List<Violation> violations) {
        List<String> fields = violations.stream().map(Violation::field).distinct().toList();
        boolean hungarian = "hu".equals(context.locale().getLanguage());
        if (fields.size() == 1) {
            return hungarian
                    ? "Érvénytelen mező: " + fields.get(0) + "."
                    : "The field " + fields.get(0) + " is invalid.";
        }
        return hungarian
                ? "Érvénytelen mezők: " + String.join(", ", fields) + "."
                : "The fields " + String.join(", ", fields) + " are invalid.";
    }
}

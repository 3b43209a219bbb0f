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

    /** The HTTP status and the title of an error code. */
    private record Kind(int status, String title) {}

    private static final Map<String, Kind> KINDS =
            Map.ofEntries(
                    kind("validation_failed", 400, "Validation failed"),
                    kind("unauthorized", 401, "Unauthorized"),
                    kind("insufficient_credits", 402, "Insufficient credits"),
                    kind("forbidden", 403, "Forbidden"),
                    kind("license_not_found", 404, "License not found"),
                    kind("session_not_found", 404, "Session not found"),
                    kind("organisation_not_found", 404, "Organisation not found"),
                    kind("not_found", 404, "Not found"),
                    kind("method_not_allowed", 405, "Method not allowed"),
                    kind("not_acceptable", 406, "Not acceptable"),
                    kind("active_session_exists", 409, "Active session exists"),
                    kind("session_not_waiting", 409, "Session not waiting for the customer"),
                    kind("resend_limit_reached", 409, "Resend limit reached"),
                    kind("idempotency_key_in_use", 409, "Idempotency key in use"),
                    kind("payload_too_large", 413, "Payload too large"),
                    kind("unsupported_media_type", 415, "Unsupported media type"),
                    kind("idempotency_key_reused", 422, "Idempotency key reused"),
                    kind("rate_limited", 429, "Rate limited"),
                    kind("internal_error", 500, "Internal error"));

    private static Map.Entry<String, Kind> kind(String code, int status, String title) {
        return Map.entry(code, new Kind(status, title));
    }

    @Inject RequestContext context;

    /** The HTTP status of an error code. */
    public static int status(String code) {
        Kind kind = KINDS.get(code);
        return kind == null ? 500 : kind.status();
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
        Kind kind = KINDS.get(code);
        body.put("title", kind == null ? code : kind.title());
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

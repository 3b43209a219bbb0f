package io.vhelpi.server.interfaces.rest;

import io.vhelpi.core.validation.InvalidValueException;
import io.vhelpi.core.validation.InvitationValidator;
import io.vhelpi.core.validation.SearchText;
import io.vhelpi.core.validation.ValidInvitation;
import io.vhelpi.core.validation.ValidationException;
import io.vhelpi.core.validation.Violation;
import io.vhelpi.server.application.Caller;
import io.vhelpi.server.application.HistoryCursor;
import io.vhelpi.server.application.HistoryPage;
import io.vhelpi.server.application.HistorySearch;
import io.vhelpi.server.application.SessionDetails;
import io.vhelpi.server.application.SessionService;
import io.vhelpi.server.domain.organisation.OperatorId;
import io.vhelpi.server.domain.session.SessionNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code /api/v1/sessions}: an operator's sessions, acting through a host system. Every call names
 * the operator in {@code Vhelpi-Operator}.
 */
@Path("api/v1/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private static final int DEFAULT_LIMIT = 10;
    private static final int MAX_LIMIT = 100;
    private static final Pattern SESSION_ID = Pattern.compile("[0-9a-f-]{36}");

    @Inject SessionService sessions;
    @Inject SessionEventStreams streams;
    @Inject RequestContext context;
    @Context UriInfo uriInfo;
    @Context HttpHeaders headers;

    /** Creates a session, charges one credit and sends the invitation. */
    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonValue body) {
        List<Violation> violations = new ArrayList<>();
        String operatorId = checkOperator(violations);
        ValidInvitation request;
        try {
            request = InvitationValidator.validate(CreateSessionJson.read(body));
        } catch (ValidationException e) {
            violations.addAll(e.violations());
            throw ApiProblem.invalid(violations);
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }

        SessionDetails created = sessions.invite(caller(operatorId), request);
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(created.session().id()).build())
                .entity(SessionJson.of(created))
                .build();
    }

    /** The operator's active session, or 204 when there is none. */
    @GET
    @Path("active")
    public Response active() {
        return sessions.active(caller(requireOperator()))
                .map(details -> Response.ok(SessionJson.of(details)))
                .orElseGet(Response::noContent)
                .build();
    }

    /** One session of the organisation. */
    @GET
    @Path("{id}")
    public SessionJson get(@PathParam("id") String id) {
        return SessionJson.of(sessions.get(caller(requireOperator()), sessionId(id)));
    }

    /** Closes the session; answers it with its final duration. */
    @POST
    @Idempotent
    @Path("{id}/close")
    public SessionJson close(@PathParam("id") String id) {
        return SessionJson.of(sessions.close(caller(requireOperator()), sessionId(id)));
    }

    /**
     * The operator is still there: the active session's idle timeout starts again. Answers the
     * session as it is; an ended one shows its final status.
     */
    @POST
    @Path("{id}/keepalive")
    public SessionJson keepAlive(@PathParam("id") String id) {
        return SessionJson.of(sessions.keepAlive(caller(requireOperator()), sessionId(id)));
    }

    /** Sends the invitation again with a fresh link, without charging a credit. */
    @POST
    @Path("{id}/resend")
    public SessionJson resend(@PathParam("id") String id) {
        return SessionJson.of(sessions.resendInvitation(caller(requireOperator()), sessionId(id)));
    }

    /**
     * The session's events as a stream of server-sent events: first the session as it is now, then
     * each change after it committed. The stream ends after the session ended.
     */
    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
        Caller caller = caller(requireOperator());
        String sessionId = sessionId(id);

        // An unknown session is refused before the stream opens, as an ordinary problem.
        sessions.get(caller, sessionId);

        streams.open(sessionId, sink, sse, () -> sessions.get(caller, sessionId));
    }

    /**
     * The operator's history, newest first, optionally of one Budapest calendar day, one case
     * number or one external reference.
     */
    @GET
    public HistoryJson history(
            @QueryParam("date") String date,
            @QueryParam("caseNumber") String caseNumber,
            @QueryParam("externalReference") String externalReference,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        List<Violation> violations = new ArrayList<>();
        String operatorId = checkOperator(violations);
        LocalDate day = parseDay(date, violations);
        String caseNumberSearch = parseSearchText("caseNumber", caseNumber, violations);
        String referenceSearch =
                parseSearchText("externalReference", externalReference, violations);
        int pageSize = PageParameters.limit(limit, DEFAULT_LIMIT, MAX_LIMIT, violations);
        HistoryCursor position = PageParameters.cursor(cursor, violations);
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }

        HistorySearch search = new HistorySearch(day, caseNumberSearch, referenceSearch);
        HistoryPage page = sessions.history(caller(operatorId), search, position, pageSize);
        return new HistoryJson(
                page.items().stream().map(SessionJson::of).toList(), page.nextCursor());
    }

    /** A page of history. */
    @JsonbPropertyOrder({"items", "nextCursor"})
    public record HistoryJson(List<SessionJson> items, String nextCursor) {}

    private Caller caller(String operatorId) {
        return new Caller(context.organisationId(), operatorId);
    }

    private String requireOperator() {
        List<Violation> violations = new ArrayList<>();
        String operatorId = checkOperator(violations);
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
        return operatorId;
    }

    private String checkOperator(List<Violation> violations) {
        List<String> values = headers.getRequestHeader(OperatorId.HEADER);
        if (values != null && values.size() > 1) {
            violations.add(
                    new Violation(
                            OperatorId.HEADER, "invalid_value", List.of("exactly one operator")));
            return null;
        }
        String operator = values == null || values.isEmpty() ? null : values.get(0);
        if (operator == null || operator.isBlank()) {
            violations.add(new Violation(OperatorId.HEADER, "required", List.of()));
            return null;
        }
        if (!OperatorId.isValid(operator)) {
            violations.add(
                    new Violation(
                            OperatorId.HEADER,
                            "invalid_value",
                            List.of("1-64 letters, digits, '.', '_', '-', '@'")));
            return null;
        }
        return operator;
    }

    private static String sessionId(String id) {
        // Anything but a session id cannot name a session: answer as for an unknown one.
        String normalised = id == null ? "" : id.toLowerCase(Locale.ROOT);
        if (!SESSION_ID.matcher(normalised).matches()) {
            throw new SessionNotFoundException();
        }
        return normalised;
    }

    private static LocalDate parseDay(String date, List<Violation> violations) {
        if (date == null || date.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            violations.add(new Violation("date", "invalid_value", List.of("YYYY-MM-DD")));
            return null;
        }
    }

    private static String parseSearchText(
            String parameter, String value, List<Violation> violations) {
        try {
            return SearchText.parse(value);
        } catch (InvalidValueException e) {
            violations.add(Violation.of(parameter, e));
            return null;
        }
    }
}

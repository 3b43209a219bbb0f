package io.vhelpi.server.interfaces.rest;

import io.vhelpi.core.validation.ValidationException;
import io.vhelpi.server.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception into a problem+json answer. Nothing a caller sends may produce a 5xx:
 * malformed input is a {@code validation_failed}; only a fault of the server itself is an {@code
 * internal_error}, logged with its request id.
 */
public final class ProblemMappers {

    private ProblemMappers() {}

    /** Business rules: the exception names its code and details. */
    @Provider
    @ApplicationScoped
    public static class DomainMapper implements ExceptionMapper<DomainException> {
        @Inject ProblemResponses problems;
        @Context UriInfo uriInfo;

        @Override
        public Response toResponse(DomainException e) {
            return problems.problem(e.code(), e.getMessage(), e.details(), uriInfo);
        }
    }

    /** Refusals of the API layer: authentication, malformed requests, invalid fields. */
    @Provider
    @ApplicationScoped
    public static class ApiProblemMapper implements ExceptionMapper<ApiProblem> {
        @Inject ProblemResponses problems;
        @Context UriInfo uriInfo;

        @Override
        public Response toResponse(ApiProblem e) {
            return problems.problem(e.code(), e.getMessage(), Map.of(), e.violations(), uriInfo);
        }
    }

    /** Field rules checked by the shared validators. */
    @Provider
    @ApplicationScoped
    public static class ValidationMapper implements ExceptionMapper<ValidationException> {
        @Inject ProblemResponses problems;
        @Context UriInfo uriInfo;

        @Override
        public Response toResponse(ValidationException e) {
            return problems.problem("validation_failed", null, Map.of(), e.violations(), uriInfo);
        }
    }

    /** HTTP-level refusals of JAX-RS itself: unknown path, wrong method or media type. */
    @Provider
    @ApplicationScoped
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Inject ProblemResponses problems;
        @Context UriInfo uriInfo;

        @Override
        public Response toResponse(WebApplicationException e) {
            if (RequestSizeFilter.exceeded(e)) {
                return tooLarge(problems, uriInfo);
            }
            Refusal refusal = httpRefusal(e);
            if (refusal != null) {
                return problems.problem(refusal.code(), refusal.detail(), Map.of(), uriInfo);
            }
            return Fallback.internal(problems, uriInfo, e);
        }
    }

    /** An error code with its detail. */
    private record Refusal(String code, String detail) {}

    /** The code and detail of a refusal by JAX-RS itself, or null for a fault of the server. */
    private static Refusal httpRefusal(WebApplicationException e) {
        if (e instanceof NotFoundException) {
            return new Refusal("not_found", "There is nothing at this address.");
        }
        if (e instanceof NotAllowedException) {
            return new Refusal("method_not_allowed", "This address does not accept this method.");
        }
        if (e instanceof NotSupportedException) {
            return new Refusal(
                    "unsupported_media_type", "Send the request body as application/json.");
        }
        if (e instanceof NotAcceptableException) {
            return new Refusal("not_acceptable", "This address answers application/json.");
        }
        if (e.getResponse() != null && e.getResponse().getStatus() < 500) {
            return new Refusal("validation_failed", "The request is malformed.");
        }
        return null;
    }

    /** A body that could not be read as JSON. */
    @Provider
    @ApplicationScoped
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Inject ProblemResponses problems;
        @Context UriInfo uriInfo;

        @Override
        public Response toResponse(ProcessingException e) {
            if (RequestSizeFilter.exceeded(e)) {
                return tooLarge(problems, uriInfo);
            }
            return problems.problem(
                    "validation_failed", "The request body is not valid JSON.", Map.of(), uriInfo);
        }
    }

    /** Anything else is a fault of the server. */
    @Provider
    @ApplicationScoped
    public static class Fallback implements ExceptionMapper<Throwable> {
        private static final Logger LOG = LoggerFactory.getLogger(Fallback.class);

        @Inject ProblemResponses problems;
        @Inject RequestContext context;
        @Context UriInfo uriInfo;

        @Override
        public Response toResponse(Throwable e) {
            if (RequestSizeFilter.exceeded(e)) {
                return tooLarge(problems, uriInfo);
            }
            return internal(problems, uriInfo, e);
        }

        static Response internal(ProblemResponses problems, UriInfo uriInfo, Throwable e) {
            // Messages of low-level exceptions may quote the data of the request (a database
            // error quotes the value it refused): the log gets the types and stack frames only.
            LOG.error("Request failed on a fault of the server", withoutMessages(e));
            return problems.problem(
                    "internal_error",
                    "The server could not complete the request; the request id identifies it in"
                            + " the server's log.",
                    Map.of(),
                    uriInfo);
        }
    }

    /** The answer to a body that went past the size limit while it was read. */
    static Response tooLarge(ProblemResponses problems, UriInfo uriInfo) {
        return problems.problem("payload_too_large", RequestSizeFilter.DETAIL, Map.of(), uriInfo);
    }

    /** A copy of the chain of {@code error} with its types and stack frames, without messages. */
    static Throwable withoutMessages(Throwable error) {
        Throwable copy = null;
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = error;
                cause != null && chain.size() < 20;
                cause = cause.getCause()) {
            chain.add(cause);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            Throwable original = chain.get(i);
            Throwable scrubbed = new ScrubbedException(original.getClass().getName(), copy);
            scrubbed.setStackTrace(original.getStackTrace());
            copy = scrubbed;
        }
        return copy;
    }

    /** Stands for an exception whose message was left out of the log. */
    static final class ScrubbedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ScrubbedException(String type, Throwable cause) {
            super(type + " (message withheld: it may contain personal data)", cause);
        }
    }
}

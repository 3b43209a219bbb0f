package io.vhelpi.server.interfaces.rest;

import io.vhelpi.core.validation.Violation;
import io.vhelpi.server.application.IdempotentRequests;
import io.vhelpi.server.application.IdempotentRequests.Answer;
import io.vhelpi.server.domain.organisation.OperatorId;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies an {@code Idempotency-Key} to the calls marked {@link Idempotent}. Before the call: a
 * repetition of an answered request is answered from the kept answer, a different request with a
 * used key is refused, and a first request reserves the key. After the call: its answer is kept,
 * unless it is a fault of the server ({@code 5xx}), which frees the key for a new attempt.
 */
@Provider
@ApplicationScoped
@Idempotent
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** The header carrying the caller's key. */
    public static final String HEADER = "Idempotency-Key";

    /** Set on an answer repeated from a kept first answer. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7e]{1,128}");

    @Inject RequestContext context;
    @Inject IdempotentRequests requests;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null) {
            return;
        }
        if (!WELL_FORMED.matcher(key).matches()) {
            throw ApiProblem.invalid(
                    List.of(
                            new Violation(
                                    HEADER,
                                    "invalid_value",
                                    List.of("1-128 printable ASCII characters"))));
        }

        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String fingerprint =
                RequestFingerprint.of(
                        request.getMethod(),
                        request.getUriInfo().getRequestUri().getRawPath(),
                        request.getHeaderString(OperatorId.HEADER),
                        body);

        Optional<Answer> first = requests.begin(context.organisationId(), key, fingerprint);
        if (first.isPresent()) {
            request.abortWith(replay(first.get()));
            return;
        }
        context.idempotencyKey(key);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String key = context.idempotencyKey();
        if (key == null) {
            return;
        }
        context.idempotencyKey(null);

        if (response.getStatus() >= 500) {
            requests.abandon(context.organisationId(), key);
            return;
        }

        // The answer goes out exactly as it is kept, so that a repetition is byte for byte alike.
        String body =
                response.getEntity() == null ? "" : JsonConfig.JSONB.toJson(response.getEntity());
        MediaType type =
                response.getStatus() >= 400
                        ? ProblemResponses.PROBLEM_JSON
                        : MediaType.APPLICATION_JSON_TYPE;
        response.setEntity(body, response.getEntityAnnotations(), type);
        URI location = response.getLocation();
        try {
            requests.complete(
                    context.organisationId(),
                    key,
                    new Answer(
                            response.getStatus(),
                            location == null ? null : location.toString(),
                            body));
        } catch (RuntimeException e) {
            // The call itself succeeded: the key stays reserved, so a repetition is refused as
            // in use until the key expires rather than run a second time.
            LOG.error("Keeping the answer of an idempotent request failed", e);
        }
    }

    private static Response replay(Answer answer) {
        Response.ResponseBuilder replay =
                Response.status(answer.status())
                        .type(
                                answer.status() >= 400
                                        ? ProblemResponses.PROBLEM_JSON
                                        : MediaType.APPLICATION_JSON_TYPE)
                        .header(REPLAYED_HEADER, "true")
                        .entity(answer.body());
        if (answer.location() != null) {
            replay.header(HttpHeaders.LOCATION, answer.location());
        }
        return replay.build();
    }
}

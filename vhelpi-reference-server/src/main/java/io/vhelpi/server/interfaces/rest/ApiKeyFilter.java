package io.vhelpi.server.interfaces.rest;

import io.vhelpi.server.application.ServerSettings;
import io.vhelpi.server.domain.organisation.ApiKey;
import io.vhelpi.server.domain.organisation.ApiKeyRepository;
import io.vhelpi.server.domain.session.JoinToken;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Authenticates host systems by the organisation API key in {@code Authorization: Bearer} on every
 * call under {@code /api}, before anything else about the request is looked at. Only the key's
 * SHA-256 is looked up; the key itself is neither stored nor logged.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject RequestContext context;
    @Inject ApiKeyRepository keys;
    @Inject ServerSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("api/")) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ApiProblem(
                    "unauthorized",
                    "Send the organisation API key as 'Authorization: Bearer <key>'.");
        }
        String secret = authorization.substring(BEARER.length()).trim();

        Optional<ApiKey> key =
                secret.isEmpty() || secret.length() > 200
                        ? Optional.empty()
                        : keys.findByHash(JoinToken.sha256Hex(secret));
        if (key.isEmpty() || key.get().isRevoked()) {
            throw new ApiProblem("unauthorized", "The API key is unknown or revoked.");
        }
        if (key.get().isDemo() && !settings.embeddedDefault()) {
            throw new ApiProblem(
                    "forbidden", "The demo API key works only on the embedded default.");
        }
        context.organisationId(key.get().organisationId());
    }
}

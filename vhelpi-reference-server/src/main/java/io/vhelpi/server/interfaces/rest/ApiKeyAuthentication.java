package io.vhelpi.server.interfaces.rest;

import io.vhelpi.server.application.ServerSettings;
import io.vhelpi.server.domain.organisation.ApiKey;
import io.vhelpi.server.domain.organisation.ApiKeyRepository;
import io.vhelpi.server.domain.organisation.ApiKeyScope;
import io.vhelpi.server.domain.session.JoinToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * Authenticates a request by the API key in {@code Authorization: Bearer} and checks that the key's
 * scope is the one the resource needs. Only the key's SHA-256 is looked up; the key itself is
 * neither stored nor logged.
 */
@ApplicationScoped
public class ApiKeyAuthentication {

    private static final String BEARER = "Bearer ";

    @Inject RequestContext context;
    @Inject ApiKeyRepository keys;
    @Inject ServerSettings settings;

    /**
     * Lets the request through with its organisation and key noted in the {@link RequestContext}.
     *
     * @throws ApiProblem {@code unauthorized} without a valid key, {@code forbidden} for a key of
     *     another scope or a demo key outside the embedded default
     */
    public void authenticate(ContainerRequestContext request, ApiKeyScope required) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ApiProblem(
                    "unauthorized", "Send the API key as 'Authorization: Bearer <key>'.");
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
        if (key.get().scope() != required) {
            throw new ApiProblem(
                    "forbidden",
                    required == ApiKeyScope.ADMIN
                            ? "The administration API needs an API key of the admin scope."
                            : "An admin API key works only on the administration API.");
        }

        context.organisationId(key.get().organisationId());
        context.apiKeyId(key.get().id());
    }
}

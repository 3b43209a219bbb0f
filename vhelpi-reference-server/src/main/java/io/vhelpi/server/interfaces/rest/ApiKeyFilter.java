package io.vhelpi.server.interfaces.rest;

import io.vhelpi.server.domain.organisation.ApiKeyScope;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets callers into {@code /api} with an API key, before anything else about the request is looked
 * at: the administration API under {@code /api/v1/admin} takes keys of the admin scope, the rest of
 * the API keys of the host scope.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    private static final String GATEWAY_PATHS = "api/v1/notifications/";

    @Inject ApiKeyAuthentication authentication;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/+", "");
        if (!path.startsWith("api/") || path.startsWith(GATEWAY_PATHS)) {
            return;
        }
        ApiKeyScope required =
                path.startsWith("api/v1/admin/") || path.equals("api/v1/admin")
                        ? ApiKeyScope.ADMIN
                        : ApiKeyScope.HOST;
        authentication.authenticate(request, required);
    }
}

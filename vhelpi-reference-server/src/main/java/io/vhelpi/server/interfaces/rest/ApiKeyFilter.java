package io.vhelpi.server.interfaces.rest;

import io.vhelpi.server.domain.organisation.ApiKeyScope;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Lets host systems in with an organisation API key of the host scope. */
@Provider
@ApplicationScoped
@ApiKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    @Inject ApiKeyAuthentication authentication;

    @Override
    public void filter(ContainerRequestContext request) {
        authentication.authenticate(request, ApiKeyScope.HOST);
    }
}

package io.vhelpi.server.interfaces.rest;

import io.vhelpi.server.domain.organisation.ApiKeyScope;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Lets only API keys of the admin scope into the administration API. */
@Provider
@ApplicationScoped
@AdminKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class AdminKeyFilter implements ContainerRequestFilter {

    @Inject ApiKeyAuthentication authentication;

    @Override
    public void filter(ContainerRequestContext request) {
        authentication.authenticate(request, ApiKeyScope.ADMIN);
    }
}

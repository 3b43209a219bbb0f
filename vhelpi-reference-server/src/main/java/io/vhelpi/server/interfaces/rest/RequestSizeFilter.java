package io.vhelpi.server.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses request bodies larger than any request of this API needs (64 KiB) before they are read,
 * with a problem+json answer.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
public class RequestSizeFilter implements ContainerRequestFilter {

    /** The largest body accepted, in bytes. */
    public static final long MAX_BODY = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BODY) {
            throw new ApiProblem(
                    "payload_too_large",
                    "The request body is larger than " + MAX_BODY / 1024 + " KiB.");
        }
    }
}

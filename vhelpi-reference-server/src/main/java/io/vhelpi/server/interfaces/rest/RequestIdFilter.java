package io.vhelpi.server.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Gives every request an id, the caller's own when it sent a well-formed one, and returns it in
 * {@code Vhelpi-Request-Id}; also picks the language of error messages.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** The header carrying the request id both ways. */
    public static final String HEADER = "Vhelpi-Request-Id";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Locale HUNGARIAN = Locale.forLanguageTag("hu");

    @Inject RequestContext context;

    @Override
    public void filter(ContainerRequestContext request) {
        String offered = request.getHeaderString(HEADER);
        context.requestId(
                offered != null && WELL_FORMED.matcher(offered).matches() ? offered : newId());

        boolean hungarian =
                !request.getAcceptableLanguages().isEmpty()
                        && "hu".equals(request.getAcceptableLanguages().get(0).getLanguage());
        context.locale(hungarian ? HUNGARIAN : Locale.ENGLISH);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (context.requestId() != null) {
            response.getHeaders().putSingle(HEADER, context.requestId());
        }
    }

    private static String newId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

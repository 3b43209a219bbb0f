package io.vhelpi.server.interfaces.web;

import io.vhelpi.server.application.CustomerJoin;
import io.vhelpi.server.application.CustomerJoin.LinkState;
import io.vhelpi.server.application.ServerSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Optional;

/**
 * The customer's page behind the link in the invitation. It explains what happens, lets the
 * customer join with one tap, brings a returning customer back into the same session, keeps the
 * session alive while the joined customer's page is open, asks a customer in an app's built-in
 * browser to switch to a real one, and explains an unknown, closed or expired link instead of
 * showing an error.
 */
@Path("j/{token}")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class JoinPageResource {

    @Inject CustomerJoin join;
    @Inject ServerSettings settings;

    /** The page for the link's current state. */
    @GET
    public Response show(
            @PathParam("token") String token,
            @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        LinkState state = join.look(token);
        return page(state, token, InAppBrowser.detect(userAgent));
    }

    /** The customer taps "join"; the answer redirects to the page so a reload does not repost. */
    @POST
    public Response join(
            @PathParam("token") String token,
            @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        LinkState state = join.join(token);
        if (!state.isUsable()) {
            return page(state, token, InAppBrowser.detect(userAgent));
        }
        return Response.seeOther(UriBuilder.fromPath("/j/{token}").build(token)).build();
    }

    /**
     * The joined customer's open page reports that it is still there: {@code 204} while the link
     * works, {@code 410} once the session ended (the page then reloads to say so), {@code 404} for
     * an unknown link.
     */
    @POST
    @Path("heartbeat")
    public Response heartbeat(@PathParam("token") String token) {
        LinkState state = join.heartbeat(token);
        return Response.status(state.isUsable() ? 204 : status(state))
                .cacheControl(noStore())
                .build();
    }

    private Response page(LinkState state, String token, Optional<InAppBrowser> inApp) {
        JoinPages pages = new JoinPages(settings.publicBaseUrl() + "/j/" + token);
        String html =
                switch (state) {
                    case WAITING -> pages.waiting(inApp);
                    case JOINED -> pages.joined(inApp, settings.customerHeartbeatInterval());
                    case CLOSED -> pages.closed();
                    case EXPIRED -> pages.expired();
                    case UNKNOWN -> pages.unknown();
                };
        return Response.status(status(state))
                .type(MediaType.TEXT_HTML + ";charset=utf-8")
                .entity(html)
                .cacheControl(noStore())
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    // The pages of ended and unknown links are friendly pages, but their status tells machines
    // (link checkers, caches) that the link no longer leads anywhere.
    private static int status(LinkState state) {
        return switch (state) {
            case WAITING, JOINED -> 200;
            case CLOSED, EXPIRED -> 410;
            case UNKNOWN -> 404;
        };
    }

    private static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return noStore;
    }
}

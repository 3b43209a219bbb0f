package io.vhelpi.server.interfaces.web;

import io.vhelpi.server.application.CustomerJoin;
import io.vhelpi.server.application.CustomerJoin.LinkState;
import io.vhelpi.server.domain.notification.Html;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/**
 * The customer's page behind the link in the invitation. It explains what happens, lets the
 * customer join with one tap, brings a returning customer back into the same session, and explains
 * an unknown, closed or expired link instead of showing an error.
 */
@Path("j/{token}")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class JoinPageResource {

    @Inject CustomerJoin join;

    /** The page for the link's current state. */
    @GET
    public Response show(@PathParam("token") String token) {
        LinkState state = join.look(token);
        return page(state, state == LinkState.UNUSABLE ? 404 : 200);
    }

    /** The customer taps "join"; the answer redirects to the page so a reload does not repost. */
    @POST
    public Response join(@PathParam("token") String token) {
        LinkState state = join.join(token);
        if (state == LinkState.UNUSABLE) {
            return page(state, 404);
        }
        return Response.seeOther(UriBuilder.fromPath("/j/{token}").build(token)).build();
    }

    private static Response page(LinkState state, int status) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        String html =
                switch (state) {
                    case WAITING -> waiting();
                    case JOINED -> joined();
                    case UNUSABLE -> unusable();
                };
        return Response.status(status)
                .entity(html)
                .cacheControl(noStore)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static String waiting() {
        return Page.render(
                "hu",
                "Csatlakozás a kárszemléhez",
                "<h1>Videós kárszemle</h1><div class=\"card\">"
                        + "<p>Ügyintézőnk ezen az oldalon keresztül, élő kapcsolatban nézi meg"
                        + " Önnel a kárt. Semmit nem kell telepítenie.</p>"
                        + "<p>A csatlakozás után a böngésző engedélyt kér a kamera használatára:"
                        + " kérjük, engedélyezze, hogy ügyintézőnk lássa, amit mutat.</p>"
                        + "<form method=\"post\"><button type=\"submit\">Csatlakozás</button>"
                        + "</form></div><p class=\"muted\">Ha a hivatkozás egy üzenetküldő vagy"
                        + " levelező alkalmazásban nyílt meg, nyissa meg Chrome, Safari vagy"
                        + " Firefox böngészőben.</p>",
                false);
    }

    private static String joined() {
        return Page.render(
                "hu",
                "Kárszemle folyamatban",
                "<h1>Csatlakozott a kárszemléhez</h1><div class=\"card\">"
                        + "<p>Ügyintézőnk már látja, hogy Ön csatlakozott. Maradjon ezen az"
                        + " oldalon, és kövesse ügyintézőnk utasításait a telefonban.</p>"
                        + "<p class=\"muted\">Ha a kapcsolat megszakad, nyissa meg újra a kapott"
                        + " hivatkozást: ugyanebbe a kárszemlébe jut vissza.</p></div>",
                false);
    }

    private static String unusable() {
        return Page.render(
                "hu",
                "A hivatkozás lejárt",
                "<h1>Ez a hivatkozás lejárt</h1><div class=\"card\">"
                        + "<p>A kárszemle, amelyhez ez a hivatkozás tartozik, már véget ért,"
                        + " lejárt, vagy a hivatkozás hibás.</p>"
                        + "<p>Kérjük, hívja fel ügyintézőjét: szükség esetén új meghívót küld.</p>"
                        + "</div>"
                        + "<p class=\"muted\">"
                        + Html.escape("Ügyintézőjét a biztosítója elérhetőségein éri el.")
                        + "</p>",
                false);
    }
}

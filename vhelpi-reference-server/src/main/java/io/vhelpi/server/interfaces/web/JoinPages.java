package io.vhelpi.server.interfaces.web;

import io.vhelpi.server.domain.notification.Html;
import io.vhelpi.server.interfaces.web.InAppBrowser.Platform;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The Hungarian pages a customer sees behind the link, one per state of the link. */
final class JoinPages {

    private final String link;

    /**
     * @param link the customer's own link, for the "open in a browser" help
     */
    JoinPages(String link) {
        this.link = link;
    }

    /** The session waits: what happens, the camera, and the one button. */
    String waiting(Optional<InAppBrowser> inApp) {
        return Page.render(
                "hu",
                "Csatlakozás a videós kárszemléhez",
                inAppWarning(inApp)
                        + "<h1>Videós kárszemle</h1>"
                        + "<div class=\"card\">"
                        + "<p>Ügyintézőnk ezen az oldalon keresztül, élő videókapcsolatban nézi"
                        + " meg Önnel a kárt. Semmit nem kell telepítenie.</p>"
                        + "<ol id=\"steps\">"
                        + "<li>Koppintson a <strong>Csatlakozás</strong> gombra.</li>"
                        + "<li>A böngésző engedélyt kér a <strong>kamera</strong> használatára:"
                        + " válassza az <strong>Engedélyezés</strong> lehetőséget, hogy"
                        + " ügyintézőnk lássa, amit mutat.</li>"
                        + "<li>Mutassa meg a kárt úgy, ahogy ügyintézőnk a telefonban kéri.</li>"
                        + "</ol>"
                        + "<form method=\"post\">"
                        + "<button type=\"submit\" id=\"join\" aria-describedby=\"steps\">"
                        + "Csatlakozás</button></form>"
                        + "</div>"
                        + "<p class=\"muted\">A kamera képét csak ügyintézőnk látja, a kárszemle"
                        + " idejére. Az engedélyt a böngésző beállításaiban bármikor"
                        + " visszavonhatja.</p>",
                "");
    }

    /**
     * The customer is in the session; the page reports every {@code heartbeat} that it is still
     * open, and reloads when the session has ended.
     */
    String joined(Optional<InAppBrowser> inApp, Duration heartbeat) {
        String script =
                "(function(){var u=location.pathname.replace(/\\/$/,'')+'/heartbeat';"
                        + "setInterval(function(){fetch(u,{method:'POST',cache:'no-store'})"
                        + ".then(function(r){if(r.status===404||r.status===410){"
                        + "location.reload();}}).catch(function(){});},"
                        + heartbeat.toMillis()
                        + ");})();";
        return Page.render(
                "hu",
                "Videós kárszemle folyamatban",
                inAppWarning(inApp)
                        + "<h1>Csatlakozott a kárszemléhez</h1>"
                        + "<div class=\"card\" role=\"status\">"
                        + "<p>Ügyintézőnk már látja, hogy Ön csatlakozott. Maradjon ezen az"
                        + " oldalon, és kövesse ügyintézőnk utasításait a telefonban.</p>"
                        + "<p>Ha a böngésző a kamera használatára kér engedélyt, válassza az"
                        + " <strong>Engedélyezés</strong> lehetőséget.</p></div>"
                        + "<p class=\"muted\">Ha a kapcsolat megszakad, nyissa meg újra a kapott"
                        + " hivatkozást: ugyanebbe a kárszemlébe jut vissza.</p>",
                script);
    }

    /** The operator closed the session, or cancelled it before the customer joined. */
    String closed() {
        return ended(
                "A kárszemle véget ért",
                "Ügyintézője lezárta ezt a kárszemlét, ezért a hivatkozás már nem használható.");
    }

    /** Nothing happened for too long, so the session expired. */
    String expired() {
        return ended(
                "Ez a hivatkozás lejárt",
                "A kárszemle, amelyhez ez a hivatkozás tartozik, hosszabb ideig nem volt"
                        + " használatban, ezért lejárt.");
    }

    /** No session has this link. */
    String unknown() {
        return ended(
                "Ez a hivatkozás nem érvényes",
                "Lehet, hogy a hivatkozás nem teljes, vagy ügyintézője azóta új meghívót"
                        + " küldött: ilyenkor mindig a legutóbb kapott üzenetben lévő hivatkozás"
                        + " működik.");
    }

    private static String ended(String title, String reason) {
        return Page.render(
                "hu",
                title,
                "<h1>"
                        + Html.escape(title)
                        + "</h1><div class=\"card\"><p>"
                        + Html.escape(reason)
                        + "</p><p><strong>Mit tegyen?</strong> Hívja fel ügyintézőjét: ha még"
                        + " szükség van a kárszemlére, új meghívót küld Önnek.</p></div>"
                        + "<p class=\"muted\">Ügyintézőjét a biztosítója elérhetőségein éri"
                        + " el.</p>",
                "");
    }

    private String inAppWarning(Optional<InAppBrowser> inApp) {
        if (inApp.isEmpty()) {
            return "";
        }
        InAppBrowser browser = inApp.get();
        String how =
                switch (browser.platform()) {
                    case IOS ->
                            "<p>Koppintson a képernyő sarkában a <strong>•••</strong> vagy a"
                                    + " megosztás gombra, és válassza a <strong>Megnyitás"
                                    + " Safariban</strong> (vagy <strong>Megnyitás"
                                    + " böngészőben</strong>) lehetőséget.</p>";
                    case ANDROID ->
                            "<p>Koppintson a jobb felső sarokban a <strong>⋮</strong> gombra,"
                                    + " és válassza a <strong>Megnyitás Chrome-ban</strong>"
                                    + " (vagy <strong>Megnyitás böngészőben</strong>)"
                                    + " lehetőséget, vagy használja az alábbi gombot.</p>"
                                    + "<p><a class=\"button\" href=\""
                                    + Html.escape(chromeIntent())
                                    + "\">Megnyitás Chrome-ban</a></p>";
                    case OTHER -> "";
                };
        return "<section class=\"warning\" role=\"alert\" aria-labelledby=\"in-app\">"
                + "<h2 id=\"in-app\">Nyissa meg böngészőben</h2>"
                + "<p>Ez az oldal "
                + (browser.platform() == Platform.OTHER
                        ? "egy alkalmazás beépített böngészőjében"
                        : "a(z) <strong>" + Html.escape(browser.app()) + "</strong> alkalmazásban")
                + " nyílt meg, ahol a kamera nem mindig működik. A kárszemléhez nyissa meg"
                + " <strong>Chrome</strong>, <strong>Safari</strong> vagy <strong>Firefox</strong>"
                + " böngészőben.</p>"
                + how
                + "<p><label for=\"link\">A hivatkozás, ha kézzel másolná át a böngészőbe:</label>"
                + "<input id=\"link\" type=\"url\" readonly value=\""
                + Html.escape(link)
                + "\" onfocus=\"this.select()\"></p>"
                + "</section>";
    }

    // Android opens an intent: link in Chrome even from inside another app's browser.
    private String chromeIntent() {
        URI uri = URI.create(link);
        return "intent://"
                + uri.getRawAuthority()
                + uri.getRawPath()
                + "#Intent;scheme="
                + uri.getScheme()
                + ";package=com.android.chrome;end";
    }
}

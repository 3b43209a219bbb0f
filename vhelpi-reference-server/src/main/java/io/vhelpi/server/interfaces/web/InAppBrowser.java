package io.vhelpi.server.interfaces.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A browser built into a messaging, social or mail app, recognised by its {@code User-Agent}. Such
 * browsers often cannot use the camera or lose the page when the app is left, so the join page asks
 * the customer to open the link in Chrome, Safari or Firefox.
 *
 * @param app the app's name as the customer knows it
 * @param platform the phone's system, for the right instructions
 */
public record InAppBrowser(String app, Platform platform) {

    /** The phone's operating system, as far as the instructions differ. */
    public enum Platform {
        ANDROID,
        IOS,
        OTHER
    }

    private record Marker(Pattern pattern, String app) {}

    // Order matters: Messenger's browser also carries Facebook's markers.
    private static final List<Marker> MARKERS =
            List.of(
                    marker(
                            "FBAN/Messenger|FB_IAB/MESSENGER|MessengerForiOS|MessengerLite",
                            "Messenger"),
                    marker("FBAN/|FBAV/|FB_IAB/|FBIOS|\\[FB", "Facebook"),
                    marker("Instagram", "Instagram"),
                    marker("Viber", "Viber"),
                    marker("WhatsApp", "WhatsApp"),
                    marker("Telegram", "Telegram"),
                    marker("\\bLine/", "LINE"),
                    marker("Snapchat", "Snapchat"),
                    marker("musical_ly|BytedanceWebview|TikTok", "TikTok"),
                    marker("LinkedInApp", "LinkedIn"),
                    marker("Twitter", "X (Twitter)"),
                    marker("GSA/", "Google (Gmail)"),
                    marker("; wv\\)", "egy alkalmazás"));

    private static final Pattern IOS = Pattern.compile("iPhone|iPad|iPod");
    private static final Pattern ANDROID = Pattern.compile("Android");

    /**
     * The in-app browser {@code userAgent} belongs to.
     *
     * @return the app, or empty for an ordinary browser (or no {@code User-Agent} at all)
     */
    public static Optional<InAppBrowser> detect(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return Optional.empty();
        }
        for (Marker marker : MARKERS) {
            if (marker.pattern().matcher(userAgent).find()) {
                return Optional.of(new InAppBrowser(marker.app(), platform(userAgent)));
            }
        }
        return Optional.empty();
    }

    private static Platform platform(String userAgent) {
        if (IOS.matcher(userAgent).find()) {
            return Platform.IOS;
        }
        return ANDROID.matcher(userAgent).find() ? Platform.ANDROID : Platform.OTHER;
    }

    private static Marker marker(String regex, String app) {
        return new Marker(Pattern.compile(regex), app);
    }
}

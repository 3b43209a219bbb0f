package io.vhelpi.server.interfaces.web;

import io.vhelpi.server.domain.notification.Html;

/** The frame of every page: a phone-first layout with the Vhelpi look. */
final class Page {

    private static final String STYLE =
            "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
                    + "background:#f4f5fb;color:#1d1f2c;line-height:1.5}"
                    + "main{max-width:32rem;margin:0 auto;padding:1.5rem 1.25rem}"
                    + "h1{font-size:1.4rem;margin:.5rem 0 1rem}"
                    + ".card{background:#fff;border-radius:12px;padding:1.25rem;"
                    + "box-shadow:0 1px 4px rgba(0,0,0,.08)}"
                    + "button{width:100%;font-size:1.1rem;padding:.9rem;border:0;border-radius:8px;"
                    + "background:#5b3fd9;color:#fff;font-weight:600;cursor:pointer}"
                    + "button:focus{outline:3px solid #1d1f2c;outline-offset:2px}"
                    + ".brand{font-weight:700;color:#5b3fd9;letter-spacing:.02em}"
                    + ".muted{color:#5d6073;font-size:.95rem}"
                    + "table{border-collapse:collapse;width:100%;background:#fff}"
                    + "td,th{border-bottom:1px solid #e3e4ee;padding:.5rem;text-align:left;"
                    + "vertical-align:top;font-size:.9rem}"
                    + "pre{white-space:pre-wrap;margin:0;font-family:inherit}"
                    + ".scroll{overflow-x:auto}";

    private Page() {}

    /** A whole HTML document; {@code body} is already escaped markup. */
    static String render(String language, String title, String body, boolean wide) {
        return "<!DOCTYPE html><html lang=\""
                + language
                + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\">"
                + "<title>"
                + Html.escape(title)
                + "</title><style>"
                + STYLE
                + (wide ? "main{max-width:72rem}" : "")
                + "</style></head><body><main><div class=\"brand\">Vhelpi</div>"
                + body
                + "</main></body></html>";
    }
}

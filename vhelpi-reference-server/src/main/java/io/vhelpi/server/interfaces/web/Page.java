package io.vhelpi.server.interfaces.web;

import io.vhelpi.server.domain.notification.Html;

/**
 * The frame of every page: a phone-first layout with the Vhelpi look. Colours keep a contrast of at
 * least 4.5:1 and every control shows where the keyboard focus is.
 */
final class Page {

    private static final String STYLE =
            "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
                    + "background:#f4f5fb;color:#1d1f2c;line-height:1.5;font-size:1.05rem}"
                    + "main{max-width:32rem;margin:0 auto;padding:1.5rem 1.25rem}"
                    + "h1{font-size:1.4rem;margin:.5rem 0 1rem}"
                    + "h2{font-size:1.15rem;margin:0 0 .5rem}"
                    + ".card{background:#fff;border-radius:12px;padding:1.25rem;"
                    + "box-shadow:0 1px 4px rgba(0,0,0,.08)}"
                    + "ol{padding-left:1.25rem}li{margin:.35rem 0}"
                    + "button,.button{display:block;box-sizing:border-box;width:100%;"
                    + "min-height:3rem;font-size:1.1rem;padding:.9rem;border:0;border-radius:8px;"
                    + "background:#4a2fc4;color:#fff;font-weight:600;cursor:pointer;"
                    + "text-align:center;text-decoration:none}"
                    + "button:focus-visible,.button:focus-visible,a:focus-visible,"
                    + "input:focus-visible{outline:3px solid #1d1f2c;outline-offset:2px}"
                    + "input{box-sizing:border-box;width:100%;font-size:1rem;padding:.6rem;"
                    + "border:1px solid #5d6073;border-radius:6px;background:#fff;color:#1d1f2c}"
                    + ".warning{background:#fff4e0;border:2px solid #8a4b00;border-radius:12px;"
                    + "padding:1rem 1.25rem;margin:1rem 0;color:#1d1f2c}"
                    + ".brand{font-weight:700;color:#4a2fc4;letter-spacing:.02em}"
                    + ".muted{color:#4f5264;font-size:.95rem}"
                    + "table{border-collapse:collapse;width:100%;background:#fff}"
                    + "td,th{border-bottom:1px solid #e3e4ee;padding:.5rem;text-align:left;"
                    + "vertical-align:top;font-size:.9rem}"
                    + "pre{white-space:pre-wrap;margin:0;font-family:inherit}"
                    + ".scroll{overflow-x:auto}";

    private Page() {}

    /** A whole HTML document; {@code body} is already escaped markup. */
    static String render(String language, String title, String body, boolean wide) {
        return document(language, title, body, wide, "");
    }

    /**
     * A phone-sized HTML document with an inline script; {@code body} is already escaped markup and
     * {@code script} trusted code (or empty).
     */
    static String render(String language, String title, String body, String script) {
        return document(language, title, body, false, script);
    }

    private static String document(
            String language, String title, String body, boolean wide, String script) {
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
                + "</main>"
                + (script.isEmpty() ? "" : "<script>" + script + "</script>")
                + "</body></html>";
    }
}

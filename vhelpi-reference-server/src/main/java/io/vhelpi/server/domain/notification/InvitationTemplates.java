package io.vhelpi.server.domain.notification;

import io.vhelpi.core.Channel;
import io.vhelpi.core.sms.SmsText;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The Hungarian words of an invitation. The SMS stays short: the organisation, the case number and
 * the link; the e-mail explains a little more and carries the link in both of its parts. An
 * organisation may replace any of the texts with its own {@link InvitationTemplate}.
 */
public final class InvitationTemplates {

    /**
     * The built-in SMS. With transliteration it fits one GSM 7-bit segment for an organisation name
     * of up to 30 characters and a link of up to 60.
     */
    public static final String DEFAULT_SMS =
            "{organisation}: videós kárszemle, ügyszám {caseNumber}. Nyissa meg a telefonja"
                    + " böngészőjében: {link}";

    /** The built-in e-mail subject. */
    public static final String DEFAULT_EMAIL_SUBJECT =
            "Meghívó videós kárszemlére – ügyszám: {caseNumber}";

    private static final String ORGANISATION = "organisation";
    private static final String CASE_NUMBER = "caseNumber";
    private static final String LINK = "link";

    private InvitationTemplates() {}

    /** The built-in invitation for {@code channel}, naming the organisation and the case. */
    public static InvitationMessage render(
            Channel channel, String organisationName, String caseNumber, String link) {
        return render(channel, organisationName, caseNumber, link, null);
    }

    /**
     * The invitation for {@code channel} in the organisation's own words where it has chosen them,
     * the built-in ones elsewhere.
     *
     * @param template the organisation's template; null for the built-in texts
     */
    public static InvitationMessage render(
            Channel channel,
            String organisationName,
            String caseNumber,
            String link,
            InvitationTemplate template) {
        Map<String, String> values =
                Map.of(ORGANISATION, organisationName, CASE_NUMBER, caseNumber, LINK, link);
        return switch (channel) {
            case SMS -> sms(values, template);
            case EMAIL -> email(values, template);
        };
    }

    /** The display name the e-mail comes from: the template's choice or the organisation. */
    public static String senderName(String organisationName, InvitationTemplate template) {
        if (template != null && template.emailSenderName().isPresent()) {
            return template.emailSenderName().get();
        }
        return organisationName;
    }

    private static InvitationMessage sms(Map<String, String> values, InvitationTemplate template) {
        String pattern = template == null ? DEFAULT_SMS : template.smsText().orElse(DEFAULT_SMS);
        String text = fill(pattern, values, false);
        if (template != null && template.smsTransliterate()) {
            text = SmsText.transliterate(text);
        }
        return new InvitationMessage(null, text, null, values.get(LINK));
    }

    private static InvitationMessage email(
            Map<String, String> values, InvitationTemplate template) {
        String subjectPattern =
                template == null
                        ? DEFAULT_EMAIL_SUBJECT
                        : template.emailSubject().orElse(DEFAULT_EMAIL_SUBJECT);
        String subject = fill(subjectPattern, values, false);

        if (template != null && template.emailBody().isPresent()) {
            String body = template.emailBody().get();
            return new InvitationMessage(
                    subject, fill(body, values, false), html(body, values), values.get(LINK));
        }
        return defaultEmail(
                subject, values.get(ORGANISATION), values.get(CASE_NUMBER), values.get(LINK));
    }

    /**
     * Fills the placeholders in one pass, so that a value that itself looks like a placeholder
     * stays as it is. An unknown placeholder stays too. For HTML, text is escaped and the link
     * becomes an anchor.
     */
    private static String fill(String pattern, Map<String, String> values, boolean html) {
        UnaryOperator<String> escape = html ? Html::escape : UnaryOperator.identity();
        StringBuilder result = new StringBuilder(pattern.length() + 64);
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                result.append(escape.apply(pattern.substring(i)));
                break;
            }
            String name = pattern.substring(open + 1, close);
            result.append(escape.apply(pattern.substring(i, open)));
            if (values.containsKey(name)) {
                result.append(
                        html && name.equals(LINK)
                                ? anchor(values.get(LINK))
                                : escape.apply(values.get(name)));
            } else {
                result.append(escape.apply(pattern.substring(open, close + 1)));
            }
            i = close + 1;
        }
        return result.toString();
    }

    /** The HTML part of a custom body: paragraphs at blank lines, the link as an anchor. */
    private static String html(String body, Map<String, String> values) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"hu\"><body>");
        for (String paragraph : body.strip().split("\\R\\s*\\R")) {
            String filled = fill(paragraph.strip(), values, true);
            html.append("<p>").append(filled.replaceAll("\\R", "<br>")).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String anchor(String link) {
        return "<a href=\"" + Html.escape(link) + "\">" + Html.escape(link) + "</a>";
    }

    private static InvitationMessage defaultEmail(
            String subject, String organisationName, String caseNumber, String link) {
        String text =
                "Tisztelt Ügyfelünk!\n\n"
                        + "Ügyintézőnk videós kárszemlére hívja a(z) "
                        + caseNumber
                        + " ügyszámú ügyében.\n"
                        + "Kérjük, nyissa meg az alábbi hivatkozást az okostelefonja böngészőjében"
                        + " (Chrome, Safari vagy Firefox), amikor ügyintézőnk kéri:\n\n"
                        + link
                        + "\n\n"
                        + "A hivatkozás addig érvényes, amíg ügyintézőnk a kárszemlét nyitva"
                        + " tartja.\n\n"
                        + organisationName
                        + "\n";
        String html =
                "<!DOCTYPE html><html lang=\"hu\"><body>"
                        + "<p>Tisztelt Ügyfelünk!</p>"
                        + "<p>Ügyintézőnk videós kárszemlére hívja a(z) <strong>"
                        + Html.escape(caseNumber)
                        + "</strong> ügyszámú ügyében.</p>"
                        + "<p>Kérjük, nyissa meg az alábbi hivatkozást az okostelefonja"
                        + " böngészőjében (Chrome, Safari vagy Firefox), amikor ügyintézőnk kéri:"
                        + "</p><p>"
                        + anchor(link)
                        + "</p><p>A hivatkozás addig érvényes, amíg ügyintézőnk a kárszemlét nyitva"
                        + " tartja.</p><p>"
                        + Html.escape(organisationName)
                        + "</p></body></html>";
        return new InvitationMessage(subject, text, html, link);
    }
}

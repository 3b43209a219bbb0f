package io.vhelpi.server.domain.notification;

import io.vhelpi.core.Channel;

/**
 * The Hungarian words of an invitation. The SMS stays short: the organisation, the case number and
 * the link; the e-mail explains a little more and carries the link in both of its parts.
 */
public final class InvitationTemplates {

    private InvitationTemplates() {}

    /** The invitation for {@code channel}, naming the organisation and the case. */
    public static InvitationMessage render(
            Channel channel, String organisationName, String caseNumber, String link) {
        return switch (channel) {
            case SMS -> sms(organisationName, caseNumber, link);
            case EMAIL -> email(organisationName, caseNumber, link);
        };
    }

    private static InvitationMessage sms(String organisationName, String caseNumber, String link) {
        String text =
                organisationName
                        + ": videós kárszemle, ügyszám "
                        + caseNumber
                        + ". Nyissa meg a telefonja böngészőjében: "
                        + link;
        return new InvitationMessage(null, text, null, link);
    }

    private static InvitationMessage email(
            String organisationName, String caseNumber, String link) {
        String subject = "Meghívó videós kárszemlére – ügyszám: " + caseNumber;
        String text =
                "Tisztelt Ügyfelünk!\n\n"
                        + "Ügyintézőnk videós kárszemlére hívja a(z) "
                        + caseNumber
                        + " ügyszámú ügyében.\n"
                        + "Kérjük, nyissa meg az alábbi hivatkozást az okostelefonja böngészőjében"
                        + " (Chrome, Safari vagy Firefox), amikor ügyintézőnk kéri:\n\n"
                        + link
                        + "\n\nA hivatkozás egy óráig érvényes.\n\n"
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
                        + "</p><p><a href=\""
                        + Html.escape(link)
                        + "\">"
                        + Html.escape(link)
                        + "</a></p><p>A hivatkozás egy óráig érvényes.</p><p>"
                        + Html.escape(organisationName)
                        + "</p></body></html>";
        return new InvitationMessage(subject, text, html, link);
    }
}

package io.vhelpi.server.domain.notification;

import io.vhelpi.core.privacy.Masking;

/**
 * The words an invitation carries.
 *
 * @param subject the e-mail subject; null for SMS
 * @param text the SMS text or the plain-text part of the e-mail
 * @param html the HTML part of the e-mail; null for SMS
 * @param link the customer's join link contained in the text
 */
public record InvitationMessage(String subject, String text, String html, String link) {

    @Override
    public String toString() {
        return "InvitationMessage[subject=" + subject + ", link=" + Masking.link(link) + "]";
    }
}

package io.vhelpi.server.infrastructure.notification.mail;

import io.vhelpi.server.domain.notification.DeliveryFailedException;
import io.vhelpi.server.domain.notification.InvitationMessage;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Sends invitation e-mails through a Jakarta Mail session: UTF-8 throughout, the subject and the
 * sender's display name as RFC 2047 encoded words, a plain-text and an HTML part (both with the
 * link). Recipient addresses arrive already in their ASCII (punycode) form.
 */
public class InvitationMailer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Session session;
    private final String fromAddress;

    /**
     * @param session the mail session, the server's own or the application server's
     * @param fromAddress the sender address, e.g. {@code noreply@vhelpi.example.hu}
     */
    public InvitationMailer(Session session, String fromAddress) {
        this.session = session;
        this.fromAddress = fromAddress;
    }

    /**
     * Sends one invitation.
     *
     * @param to the recipient's address
     * @param senderName the display name the e-mail comes from
     * @return the e-mail's Message-ID
     * @throws DeliveryFailedException permanent when the mail server refused the recipient or the
     *     message cannot be built, otherwise retryable
     */
    public String send(String to, String senderName, InvitationMessage message, Instant now) {
        MimeMessage mail;
        try {
            mail = build(to, senderName, message, now);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new DeliveryFailedException(
                    "The e-mail could not be built: " + e.getClass().getSimpleName(), true);
        }

        try {
            Transport.send(mail);
            return mail.getMessageID();
        } catch (SendFailedException e) {
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            throw new DeliveryFailedException(
                    refused
                            ? "The mail server refused the recipient"
                            : "The mail server did not accept the e-mail yet",
                    refused);
        } catch (AuthenticationFailedException e) {
            throw new DeliveryFailedException("The mail server refused the credentials", false);
        } catch (MessagingException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new DeliveryFailedException(
                    "The mail server could not be reached: " + cause.getClass().getSimpleName(),
                    false);
        }
    }

    private MimeMessage build(String to, String senderName, InvitationMessage message, Instant now)
            throws MessagingException, UnsupportedEncodingException {
        requireOneLine(senderName, "sender name");
        requireOneLine(message.subject(), "subject");

        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(new InternetAddress(fromAddress, senderName, UTF_8));
        mail.setRecipient(Message.RecipientType.TO, strictAddress(to));
        mail.setSubject(message.subject(), UTF_8);
        mail.setSentDate(Date.from(now));

        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), UTF_8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mail.setContent(alternative);
        mail.saveChanges();
        return mail;
    }

    private static InternetAddress strictAddress(String address) throws AddressException {
        InternetAddress parsed = new InternetAddress(address, true);
        if (parsed.getPersonal() != null || !parsed.getAddress().equals(address)) {
            throw new AddressException("Not a plain address");
        }
        return parsed;
    }

    /** A line break in a header value would start a header of its own. */
    private static void requireOneLine(String value, String what) throws MessagingException {
        if (value != null && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            throw new MessagingException("The " + what + " contains a line break");
        }
    }
}

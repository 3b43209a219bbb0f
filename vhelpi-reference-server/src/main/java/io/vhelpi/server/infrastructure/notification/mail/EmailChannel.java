package io.vhelpi.server.infrastructure.notification.mail;

import io.vhelpi.core.Channel;
import io.vhelpi.server.domain.notification.Invitation;
import io.vhelpi.server.domain.notification.InvitationChannel;
import io.vhelpi.server.domain.notification.InvitationMessage;
import io.vhelpi.server.infrastructure.config.ServerConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.time.Clock;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Carries e-mail invitations through SMTP, once it is configured: with the server's own settings
 * ({@code vhelpi.smtp.host} and the rest), or through a mail session of the application server
 * ({@code vhelpi.mail.jndi-name}, e.g. {@code java:jboss/mail/Default}). Own settings win when both
 * are given.
 */
@ApplicationScoped
public class EmailChannel implements InvitationChannel {

    @Inject ServerConfig config;
    @Inject Clock clock;

    private InvitationMailer mailer;

    @PostConstruct
    void connect() {
        Session session = config.smtpSettings().map(MailSessions::of).orElse(null);
        if (session == null && config.mailJndiName().isPresent()) {
            session = lookup(config.mailJndiName().get());
        }
        if (session != null) {
            mailer = new InvitationMailer(session, config.mailFrom().orElseThrow());
        }
    }

    @Override
    public boolean carries(Channel channel) {
        return channel == Channel.EMAIL && mailer != null;
    }

    @Override
    public String deliver(Invitation invitation, InvitationMessage message) {
        return mailer.send(
                invitation.recipient(), invitation.senderName(), message, clock.instant());
    }

    private static Session lookup(String jndiName) {
        try {
            return (Session) new InitialContext().lookup(jndiName);
        } catch (NamingException | ClassCastException e) {
            throw new IllegalStateException(
                    "vhelpi.mail.jndi-name names no mail session: " + jndiName, e);
        }
    }
}

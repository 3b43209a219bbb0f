package io.vhelpi.server.infrastructure.notification.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

/** Builds the Jakarta Mail session of the server's own SMTP settings. */
public final class MailSessions {

    private MailSessions() {}

    /**
     * A session that connects to {@code settings.host()} with finite timeouts, STARTTLS as the
     * settings demand, and the account's credentials when there are any.
     */
    public static Session of(SmtpSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put(
                "mail.smtp.connectiontimeout",
                String.valueOf(settings.connectTimeout().toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(settings.readTimeout().toMillis()));
        properties.put(
                "mail.smtp.writetimeout", String.valueOf(settings.writeTimeout().toMillis()));
        properties.put(
                "mail.smtp.starttls.enable",
                String.valueOf(settings.startTls() != SmtpSettings.StartTls.OFF));
        properties.put(
                "mail.smtp.starttls.required",
                String.valueOf(settings.startTls() == SmtpSettings.StartTls.REQUIRED));
        if (settings.ssl()) {
            properties.put("mail.smtp.ssl.enable", "true");
        }
        if (settings.ssl() || settings.startTls() != SmtpSettings.StartTls.OFF) {
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
        }

        if (settings.username() == null) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        PasswordAuthentication account =
                new PasswordAuthentication(
                        settings.username(),
                        settings.password() == null ? "" : settings.password());
        return Session.getInstance(
                properties,
                new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return account;
                    }
                });
    }
}

package io.vhelpi.server.infrastructure.notification.mail;

import java.time.Duration;

/**
 * How to reach the SMTP server, when the server builds its own mail session.
 *
 * @param host the SMTP server
 * @param port its port, e.g. 587 for submission with STARTTLS, 465 for implicit TLS
 * @param username the account; null to send without authentication
 * @param password the account's password
 * @param startTls whether to upgrade the connection with STARTTLS
 * @param ssl whether to connect with TLS from the start (implicit TLS)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer of the server
 * @param writeTimeout how long a write may block
 */
public record SmtpSettings(
        String host,
        int port,
        String username,
        String password,
        StartTls startTls,
        boolean ssl,
        Duration connectTimeout,
        Duration readTimeout,
        Duration writeTimeout) {

    /** Whether and how strictly STARTTLS is used. */
    public enum StartTls {
        /** Never upgrade the connection. */
        OFF,
        /** Upgrade when the server offers it; send in clear text otherwise. */
        OPTIONAL,
        /** Refuse to send unless the connection could be upgraded. */
        REQUIRED
    }

    @Override
    public String toString() {
        return "SmtpSettings["
                + host
                + ":"
                + port
                + ", STARTTLS "
                + startTls
                + (ssl ? ", TLS" : "")
                + (username == null ? "" : ", authenticated")
                + "]";
    }
}

package io.vhelpi.server.infrastructure.config;

import io.vhelpi.server.application.ServerSettings;
import io.vhelpi.server.domain.notification.RetryPolicy;
import io.vhelpi.server.infrastructure.notification.mail.SmtpSettings;
import io.vhelpi.server.infrastructure.notification.sms.SmsGatewaySettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings of this server. Each property can also be given as an environment variable: upper
 * case, with {@code _} for every dot and dash ({@code vhelpi.sms.gateway-url} is {@code
 * VHELPI_SMS_GATEWAY_URL}). Durations are ISO-8601, e.g. {@code PT10S}. The full table, with the
 * notification settings, is in {@code docs/notifications.md}.
 *
 * <table>
 *   <caption>General properties</caption>
 *   <tr><td>{@code vhelpi.mode}</td>
 *       <td>{@code production} (default) or {@code embedded}: demo organisation, demo key and
 *       the dev outbox</td></tr>
 *   <tr><td>{@code vhelpi.public-base-url}</td>
 *       <td>the address customers reach the join page at; default
 *       {@code http://localhost:8080}</td></tr>
 *   <tr><td>{@code vhelpi.session.idle-timeout} ({@code VHELPI_SESSION_IDLE_TIMEOUT})</td>
 *       <td>ISO-8601 duration after which an untouched active session expires; default
 *       {@code PT1H}</td></tr>
 *   <tr><td>{@code vhelpi.session.max-resends} ({@code VHELPI_SESSION_MAX_RESENDS})</td>
 *       <td>how many times the invitation of one session may be sent again, 0 to 20; default
 *       {@code 3}</td></tr>
 *   <tr><td>{@code vhelpi.housekeeping.interval}</td>
 *       <td>how often expiry and the outbox dispatcher run; default {@code PT15S}</td></tr>
 *   <tr><td>{@code vhelpi.outbox.max-attempts}, {@code vhelpi.outbox.first-retry-delay},
 *       {@code vhelpi.outbox.max-retry-delay}</td>
 *       <td>retries of an invitation: 6 tries, the first retry after {@code PT30S}, doubling up
 *       to {@code PT10M}</td></tr>
 *   <tr><td>{@code vhelpi.sms.*}, {@code vhelpi.mail.*}, {@code vhelpi.smtp.*}</td>
 *       <td>the SMS gateway and the mail server; without them the embedded default keeps
 *       invitations in its dev outbox</td></tr>
 *   <tr><td>{@code vhelpi.migration.extra-locations}</td>
 *       <td>further Flyway locations, comma-separated (test fixtures)</td></tr>
 * </table>
 */
@ApplicationScoped
public class ServerConfig implements ServerSettings {

    private static final Logger LOG = LoggerFactory.getLogger(ServerConfig.class);
    private static final int MAX_RESENDS_LIMIT = 20;
    private static final String RECEIPT_PATH = "/api/v1/notifications/sms-receipts";

    @Inject
    @ConfigProperty(name = "vhelpi.mode", defaultValue = "production")
    String mode;

    @Inject
    @ConfigProperty(name = "vhelpi.public-base-url", defaultValue = "http://localhost:8080")
    String publicBaseUrl;

    @Inject
    @ConfigProperty(name = "vhelpi.session.idle-timeout", defaultValue = "PT1H")
    String idleTimeout;

    @Inject
    @ConfigProperty(name = "vhelpi.session.max-resends", defaultValue = "3")
    String maxResendsSetting;

    @Inject
    @ConfigProperty(name = "vhelpi.migration.extra-locations")
    Optional<String> extraMigrationLocations;

    @Inject
    @ConfigProperty(name = "vhelpi.housekeeping.interval", defaultValue = "PT15S")
    String housekeepingInterval;

    @Inject
    @ConfigProperty(name = "vhelpi.outbox.max-attempts", defaultValue = "6")
    String maxAttempts;

    @Inject
    @ConfigProperty(name = "vhelpi.outbox.first-retry-delay", defaultValue = "PT30S")
    String firstRetryDelay;

    @Inject
    @ConfigProperty(name = "vhelpi.outbox.max-retry-delay", defaultValue = "PT10M")
    String maxRetryDelay;

    @Inject
    @ConfigProperty(name = "vhelpi.sms.gateway", defaultValue = "http")
    String smsGateway;

    @Inject
    @ConfigProperty(name = "vhelpi.sms.gateway-url")
    Optional<String> smsGatewayUrl;

    @Inject
    @ConfigProperty(name = "vhelpi.sms.username")
    Optional<String> smsUsername;

    @Inject
    @ConfigProperty(name = "vhelpi.sms.password")
    Optional<String> smsPassword;

    @Inject
    @ConfigProperty(name = "vhelpi.sms.sender-id", defaultValue = "Vhelpi")
    String smsSenderId;

    @Inject
    @ConfigProperty(name = "vhelpi.sms.connect-timeout", defaultValue = "PT5S")
    String smsConnectTimeout;

    @Inject
    @ConfigProperty(name = "vhelpi.sms.request-timeout", defaultValue = "PT10S")
    String smsRequestTimeout;

    @Inject
    @ConfigProperty(name = "vhelpi.sms.receipt-secret")
    Optional<String> smsReceiptSecret;

    @Inject
    @ConfigProperty(name = "vhelpi.sms.receipt-url")
    Optional<String> smsReceiptUrl;

    @Inject
    @ConfigProperty(name = "vhelpi.mail.from")
    Optional<String> mailFrom;

    @Inject
    @ConfigProperty(name = "vhelpi.mail.jndi-name")
    Optional<String> mailJndiName;

    @Inject
    @ConfigProperty(name = "vhelpi.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "vhelpi.smtp.port", defaultValue = "587")
    String smtpPort;

    @Inject
    @ConfigProperty(name = "vhelpi.smtp.username")
    Optional<String> smtpUsername;

    @Inject
    @ConfigProperty(name = "vhelpi.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "vhelpi.smtp.starttls", defaultValue = "required")
    String smtpStartTls;

    @Inject
    @ConfigProperty(name = "vhelpi.smtp.ssl", defaultValue = "false")
    String smtpSsl;

    @Inject
    @ConfigProperty(name = "vhelpi.smtp.connect-timeout", defaultValue = "PT10S")
    String smtpConnectTimeout;

    @Inject
    @ConfigProperty(name = "vhelpi.smtp.read-timeout", defaultValue = "PT30S")
    String smtpReadTimeout;

    @Inject
    @ConfigProperty(name = "vhelpi.smtp.write-timeout", defaultValue = "PT30S")
    String smtpWriteTimeout;

    private Duration sessionIdleTimeout;
    private int maxResends;
    private Duration housekeeping;
    private RetryPolicy outboxRetry;
    private SmsGatewaySettings sms;
    private SmtpSettings smtp;

    @PostConstruct
    void check() {
        if (!mode.equals("production") && !mode.equals("embedded")) {
            throw new IllegalStateException(
                    "vhelpi.mode must be 'production' or 'embedded', not '" + mode + "'");
        }
        sessionIdleTimeout = positive("vhelpi.session.idle-timeout", idleTimeout);
        housekeeping = positive("vhelpi.housekeeping.interval", housekeepingInterval);
        maxResends = integer("vhelpi.session.max-resends", maxResendsSetting, 0, MAX_RESENDS_LIMIT);
        publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        outboxRetry =
                new RetryPolicy(
                        integer("vhelpi.outbox.max-attempts", maxAttempts, 1, 100),
                        positive("vhelpi.outbox.first-retry-delay", firstRetryDelay),
                        positive("vhelpi.outbox.max-retry-delay", maxRetryDelay));
        sms = smsGatewayUrl.filter(url -> !url.isBlank()).map(this::smsSettings).orElse(null);
        smtp = smtpHost.filter(host -> !host.isBlank()).map(this::smtpSettings).orElse(null);
        if ((smtp != null || mailJndiName().isPresent()) && mailFrom().isEmpty()) {
            throw new IllegalStateException(
                    "vhelpi.mail.from must name the sender address when e-mail is configured");
        }

        LOG.info(
                "Vhelpi runs in {} mode; customers reach it at {}; sessions expire after {} idle",
                mode,
                publicBaseUrl,
                sessionIdleTimeout);
        LOG.info(
                "Invitations: SMS {}; e-mail {}; up to {} tries, first retry after {}",
                sms != null
                        ? "through the " + smsGateway + " gateway at " + origin(sms.url())
                        : "not set",
                smtp != null
                        ? "through SMTP " + smtp
                        : mailJndiName()
                                .map(name -> "through the mail session " + name)
                                .orElse("not set"),
                outboxRetry.maxAttempts(),
                outboxRetry.firstDelay());
    }

    @Override
    public boolean embeddedDefault() {
        return mode.equals("embedded");
    }

    @Override
    public Duration sessionIdleTimeout() {
        return sessionIdleTimeout;
    }

    @Override
    public String publicBaseUrl() {
        return publicBaseUrl;
    }

    @Override
    public int maxInvitationResends() {
        return maxResends;
    }

    @Override
    public RetryPolicy outboxRetry() {
        return outboxRetry;
    }

    /** How often the housekeeping (expiry, outbox) runs. */
    public Duration housekeepingInterval() {
        return housekeeping;
    }

    /** Flyway locations beyond the application's own, e.g. test fixtures; may be empty. */
    public Optional<String> extraMigrationLocations() {
        return extraMigrationLocations.filter(value -> !value.isBlank());
    }

    /** The name of the SMS gateway that sends invitations. */
    public String smsGatewayName() {
        return smsGateway.strip();
    }

    /** The HTTP SMS gateway, when {@code vhelpi.sms.gateway-url} is set. */
    public Optional<SmsGatewaySettings> smsGatewaySettings() {
        return Optional.ofNullable(sms);
    }

    /** The secret delivery receipts must carry; empty when receipts are not accepted. */
    public Optional<String> smsReceiptSecret() {
        return smsReceiptSecret.filter(secret -> !secret.isBlank());
    }

    /** The sender address of invitation e-mails. */
    public Optional<String> mailFrom() {
        return mailFrom.filter(from -> !from.isBlank()).map(String::strip);
    }

    /** The JNDI name of a mail session of the application server to send through. */
    public Optional<String> mailJndiName() {
        return mailJndiName.filter(name -> !name.isBlank()).map(String::strip);
    }

    /** The server's own SMTP settings, when {@code vhelpi.smtp.host} is set. */
    public Optional<SmtpSettings> smtpSettings() {
        return Optional.ofNullable(smtp);
    }

    private SmsGatewaySettings smsSettings(String url) {
        URI receiptUrl = null;
        if (smsReceiptSecret().isPresent()) {
            receiptUrl =
                    URI.create(
                            smsReceiptUrl
                                    .filter(value -> !value.isBlank())
                                    .orElse(publicBaseUrl + RECEIPT_PATH));
        }
        return new SmsGatewaySettings(
                URI.create(url.strip()),
                smsUsername.filter(value -> !value.isBlank()).orElse(null),
                smsPassword.orElse(null),
                smsSenderId,
                positive("vhelpi.sms.connect-timeout", smsConnectTimeout),
                positive("vhelpi.sms.request-timeout", smsRequestTimeout),
                receiptUrl);
    }

    private SmtpSettings smtpSettings(String host) {
        SmtpSettings.StartTls startTls;
        try {
            startTls = SmtpSettings.StartTls.valueOf(smtpStartTls.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "vhelpi.smtp.starttls must be off, optional or required, not '"
                            + smtpStartTls
                            + "'",
                    e);
        }
        return new SmtpSettings(
                host.strip(),
                integer("vhelpi.smtp.port", smtpPort, 1, 65535),
                smtpUsername.filter(value -> !value.isBlank()).orElse(null),
                smtpPassword.orElse(null),
                startTls,
                Boolean.parseBoolean(smtpSsl.strip()),
                positive("vhelpi.smtp.connect-timeout", smtpConnectTimeout),
                positive("vhelpi.smtp.read-timeout", smtpReadTimeout),
                positive("vhelpi.smtp.write-timeout", smtpWriteTimeout));
    }

    /** Scheme, host and port only: no credentials a URL might carry, no path. */
    private static String origin(URI url) {
        return url.getScheme()
                + "://"
                + url.getHost()
                + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

    private static Duration positive(String name, String value) {
        Duration duration;
        try {
            duration = Duration.parse(value.strip());
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    name + " must be an ISO-8601 duration such as PT10S, not '" + value + "'", e);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalStateException(name + " must be positive");
        }
        return duration;
    }

    private static int integer(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(
                name
                        + " must be a whole number from "
                        + min
                        + " to "
                        + max
                        + ", not '"
                        + value
                        + "'");
    }
}

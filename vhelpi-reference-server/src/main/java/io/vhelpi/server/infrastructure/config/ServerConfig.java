package io.vhelpi.server.infrastructure.config;

import io.vhelpi.server.application.ServerSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings of this server.
 *
 * <table>
 *   <caption>Properties (environment variable in brackets)</caption>
 *   <tr><td>{@code vhelpi.mode} ({@code VHELPI_MODE})</td>
 *       <td>{@code production} (default) or {@code embedded}: demo organisation, demo key and
 *       the dev outbox</td></tr>
 *   <tr><td>{@code vhelpi.public-base-url} ({@code VHELPI_PUBLIC_BASE_URL})</td>
 *       <td>the address customers reach the join page at; default
 *       {@code http://localhost:8080}</td></tr>
 *   <tr><td>{@code vhelpi.session.idle-timeout} ({@code VHELPI_SESSION_IDLE_TIMEOUT})</td>
 *       <td>ISO-8601 duration after which an untouched active session expires; default
 *       {@code PT1H}</td></tr>
 *   <tr><td>{@code vhelpi.session.max-resends} ({@code VHELPI_SESSION_MAX_RESENDS})</td>
 *       <td>how many times the invitation of one session may be sent again, 0 to 20; default
 *       {@code 3}</td></tr>
 *   <tr><td>{@code vhelpi.migration.extra-locations}</td>
 *       <td>further Flyway locations, comma-separated (test fixtures)</td></tr>
 * </table>
 */
@ApplicationScoped
public class ServerConfig implements ServerSettings {

    private static final Logger LOG = LoggerFactory.getLogger(ServerConfig.class);
    private static final int MAX_RESENDS_LIMIT = 20;

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
    int maxResends;

    @Inject
    @ConfigProperty(name = "vhelpi.migration.extra-locations")
    Optional<String> extraMigrationLocations;

    private Duration sessionIdleTimeout;

    @PostConstruct
    void check() {
        if (!mode.equals("production") && !mode.equals("embedded")) {
            throw new IllegalStateException(
                    "vhelpi.mode must be 'production' or 'embedded', not '" + mode + "'");
        }
        try {
            sessionIdleTimeout = Duration.parse(idleTimeout);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "vhelpi.session.idle-timeout must be an ISO-8601 duration such as PT1H, not '"
                            + idleTimeout
                            + "'",
                    e);
        }
        if (sessionIdleTimeout.isNegative() || sessionIdleTimeout.isZero()) {
            throw new IllegalStateException("vhelpi.session.idle-timeout must be positive");
        }
        if (maxResends < 0 || maxResends > MAX_RESENDS_LIMIT) {
            throw new IllegalStateException(
                    "vhelpi.session.max-resends must be between 0 and "
                            + MAX_RESENDS_LIMIT
                            + ", not "
                            + maxResends);
        }
        publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        LOG.info(
                "Vhelpi runs in {} mode; customers reach it at {}; sessions expire after {} idle",
                mode,
                publicBaseUrl,
                sessionIdleTimeout);
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

    /** Flyway locations beyond the application's own, e.g. test fixtures; may be empty. */
    public Optional<String> extraMigrationLocations() {
        return extraMigrationLocations.filter(value -> !value.isBlank());
    }
}

package io.vhelpi.sdk;

import io.vhelpi.core.privacy.Masking;
import io.vhelpi.sdk.model.License;
import io.vhelpi.sdk.monitoring.CallListener;
import io.vhelpi.sdk.monitoring.FinishedCall;
import io.vhelpi.sdk.transport.ApiRequest;
import io.vhelpi.sdk.transport.HttpTransport;
import io.vhelpi.sdk.transport.Sleeper;
import io.vhelpi.sdk.transport.TransportSettings;
import jakarta.ws.rs.core.GenericType;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The client of a Vhelpi server. Build one per server and API key with {@link #builder()}, share it
 * between threads, and close it when the application stops: it owns a connection pool.
 *
 * <pre>{@code
 * try (VhelpiClient client = VhelpiClient.builder()
 *         .baseUrl("http://localhost:8080")
 *         .apiKey(apiKey)
 *         .build()) {
 *     Session session = client.operator("demo.operator").invite()
 *             .bySms("+36 30 616 7347")
 *             .onLicense(licenseId)
 *             .caseNumber("KAR2025001")
 *             .send();
 * }
 * }</pre>
 */
public final class VhelpiClient implements AutoCloseable {

    /** The default limit for opening a connection: 5 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** The default limit for waiting for an answer: 30 seconds. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    /** The default number of attempts of a call: the first and two retries. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    /** The default size of the client's connection pool. */
    public static final int DEFAULT_MAX_CONNECTIONS = 20;

    private static final GenericType<List<License>> LICENSES = new GenericType<>() {};

    private final HttpTransport transport;
    private final TransportSettings settings;

    private VhelpiClient(TransportSettings settings) {
        this.settings = settings;
        this.transport = new HttpTransport(settings);
    }

    /**
     * Starts building a client.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The licenses the organisation may charge, with their remaining credits.
     *
     * @return the licenses, never {@code null}
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails
     */
    public List<License> licenses() {
        List<License> licenses =
                transport.execute(
                        FinishedCall.LIST_LICENSES,
                        ApiRequest.get(null, Map.of(), "api", "v1", "licenses"),
                        LICENSES);
        return licenses == null ? List.of() : List.copyOf(licenses);
    }

    /**
     * The sessions of one operator: invite a customer, find, read and close sessions, read the
     * history.
     *
     * @param operatorId the host system's own user id: 1 to 64 letters, digits, {@code .}, {@code
     *     _}, {@code -} or {@code @}
     * @return the operator's sessions
     * @throws IllegalArgumentException when the operator id is not of that form
     */
    public OperatorSessions operator(String operatorId) {
        return new OperatorSessions(transport, settings.locale(), operatorId, null);
    }

    /** The settings the client was built with; for tests of the defaults. */
    TransportSettings settings() {
        return settings;
    }

    /** The transport and its connection pool; for tests of the pool. */
    HttpTransport transport() {
        return transport;
    }

    /**
     * The administration API: licenses, credits, grants and the ledger. Needs a client built with
     * an API key of the admin scope; a host system's key is refused with {@link
     * io.vhelpi.sdk.errors.ForbiddenException}.
     *
     * @return the administration API
     */
    public Administration admin() {
        return new Administration(transport, null);
    }

    /** Releases the connection pool. The client cannot be used afterwards. */
    @Override
    public void close() {
        transport.close();
    }

    /** Describes the client with its API key masked. */
    @Override
    public String toString() {
        return "VhelpiClient[baseUrl="
                + settings.baseUri()
                + ", apiKey="
                + Masking.secret(settings.apiKey())
                + ", locale="
                + settings.locale().toLanguageTag()
                + "]";
    }

    /** Builds a {@link VhelpiClient}; single-use and not thread-safe. */
    public static final class Builder {

        private static final int MAX_ATTEMPTS_LIMIT = 10;
        private static final int MAX_CONNECTIONS_LIMIT = 1000;

        private String baseUrl;
        private String apiKey;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private Locale locale = Locale.ENGLISH;
        private String userAgentSuffix;
        private Sleeper sleeper = Sleeper.system();
        private Clock clock = Clock.systemUTC();
        private final List<CallListener> callListeners = new ArrayList<>();
        private boolean built;

        private Builder() {}

        /**
         * The server's address, e.g. {@code http://localhost:8080}; required. A trailing slash is
         * tolerated.
         *
         * @param baseUrl an absolute {@code http} or {@code https} address
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * The organisation's API key; required.
         *
         * @param apiKey the secret key
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * The limit for opening a connection; 5 seconds by default.
         *
         * @param connectTimeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * The limit for waiting for an answer; 30 seconds by default.
         *
         * @param readTimeout a positive duration
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /**
         * How many times a call is tried at most; 3 by default, 1 for no retry.
         *
         * @param maxAttempts from 1 to 10
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * The size of the connection pool: how many calls may be in progress at once; 20 by
         * default. A further call waits for a free connection at most the connect timeout.
         *
         * @param maxConnections from 1 to 1000
         * @return this builder
         */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /**
         * The language of exception messages (Hungarian or English) and of the server's
         * explanations; English by default.
         *
         * @param locale the locale, e.g. {@code Locale.forLanguageTag("hu")}
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        /**
         * A product token appended to the {@code User-Agent} header, e.g. {@code claim-desk/1.0};
         * optional.
         *
         * @param userAgentSuffix printable ASCII text
         * @return this builder
         */
        public Builder userAgentSuffix(String userAgentSuffix) {
            this.userAgentSuffix = userAgentSuffix;
            return this;
        }

        /**
         * Adds a listener that hears of every finished call with its operation, outcome, attempts
         * and duration, e.g. to record metrics; optional. Listeners are called in the order they
         * were added.
         *
         * @param listener the listener
         * @return this builder
         * @throws NullPointerException when the listener is {@code null}
         */
        public Builder callListener(CallListener listener) {
            callListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Replaces the wait between attempts, so that tests of retries need not wait. */
        Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /** Replaces the present, from which a {@code Retry-After} date is measured. */
        Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Checks the settings and builds the client.
         *
         * @return a new client
         * @throws IllegalArgumentException when a setting is missing or invalid; the message names
         *     the setting
         * @throws IllegalStateException when this builder has already built a client
         */
        public VhelpiClient build() {
            if (built) {
                throw new IllegalStateException("This builder has already built a client");
            }

            URI baseUri = baseUri(baseUrl);
            requireText(apiKey, "apiKey");
            RequestRules.requireTimeout(connectTimeout, "connectTimeout");
            RequestRules.requireTimeout(readTimeout, "readTimeout");
            if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS_LIMIT) {
                throw new IllegalArgumentException(
                        "maxAttempts must be between 1 and " + MAX_ATTEMPTS_LIMIT);
            }
            if (maxConnections < 1 || maxConnections > MAX_CONNECTIONS_LIMIT) {
                throw new IllegalArgumentException(
                        "maxConnections must be between 1 and " + MAX_CONNECTIONS_LIMIT);
            }
            if (userAgentSuffix != null && !isPrintableAscii(userAgentSuffix)) {
                throw new IllegalArgumentException("userAgentSuffix must be printable ASCII text");
            }

            built = true;
            return new VhelpiClient(
                    new TransportSettings(
                            baseUri,
                            apiKey.strip(),
                            connectTimeout,
                            readTimeout,
                            maxAttempts,
                            maxConnections,
                            Objects.requireNonNullElse(locale, Locale.ENGLISH),
                            UserAgent.of(userAgentSuffix),
                            Objects.requireNonNull(sleeper, "sleeper"),
                            Objects.requireNonNull(clock, "clock"),
                            callListeners));
        }

        private static URI baseUri(String baseUrl) {
            requireText(baseUrl, "baseUrl");
            String trimmed = baseUrl.strip();
            while (trimmed.endsWith("/")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            try {
                URI uri = new URI(trimmed);
                if (!"http".equalsIgnoreCase(uri.getScheme())
                                && !"https".equalsIgnoreCase(uri.getScheme())
                        || uri.getHost() == null) {
                    throw new IllegalArgumentException(
                            "baseUrl must be an absolute http or https address");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(
                        "baseUrl must be an absolute http or https address", e);
            }
        }

        private static void requireText(String value, String setting) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(setting + " is required");
            }
            if (value.strip().chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw new IllegalArgumentException(
                        setting + " must not contain spaces or control characters");
            }
        }

        private static boolean isPrintableAscii(String text) {
            return text.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
        }
    }
}

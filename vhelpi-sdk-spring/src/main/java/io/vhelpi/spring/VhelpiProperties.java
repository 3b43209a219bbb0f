package io.vhelpi.spring;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of the auto-configured {@link io.vhelpi.sdk.VhelpiClient}, bound from the {@code
 * vhelpi.*} properties; {@code VHELPI_BASE_URL} and the like work as environment variables.
 */
@ConfigurationProperties("vhelpi")
public class VhelpiProperties {

    /** Whether to create a VhelpiClient bean at all. */
    private boolean enabled = true;

    /** Address of the Vhelpi server, e.g. http://localhost:8080. Required. */
    private String baseUrl;

    /** The organisation's API key, sent as a Bearer token. Required; keep it out of the code. */
    private String apiKey;

    /** Limit for opening a connection to the server. */
    private Duration connectTimeout = Duration.ofSeconds(5);

    /** Limit for waiting for the server's answer. */
    private Duration readTimeout = Duration.ofSeconds(30);

    /** How many times a call is tried at most, from 1 (no retry) to 10. */
    private int maxAttempts = 3;

    /** Size of the client's connection pool: connections to the server at the same time. */
    private int maxConnections = 20;

    /** Language of the SDK's exception messages and the server's explanations: en or hu. */
    private Locale locale = Locale.ENGLISH;

    /** Product token appended to the User-Agent header, e.g. claim-desk/1.0. Optional. */
    private String userAgentSuffix;

    /** The client's meters, recorded when Micrometer and a MeterRegistry are present. */
    private final Metrics metrics = new Metrics();

    /**
     * Whether to create a client bean.
     *
     * @return {@code true} unless switched off
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Switches the client bean on or off.
     *
     * @param enabled {@code false} to create no client
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * The server's address.
     *
     * @return the address, or {@code null} when not set
     */
    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * Sets the server's address.
     *
     * @param baseUrl an absolute http or https address
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * The organisation's API key.
     *
     * @return the key, or {@code null} when not set
     */
    public String getApiKey() {
        return apiKey;
    }

    /**
     * Sets the organisation's API key.
     *
     * @param apiKey the secret key
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    /**
     * The limit for opening a connection.
     *
     * @return the limit, 5 seconds by default
     */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Sets the limit for opening a connection.
     *
     * @param connectTimeout a positive duration
     */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /**
     * The limit for waiting for an answer.
     *
     * @return the limit, 30 seconds by default
     */
    public Duration getReadTimeout() {
        return readTimeout;
    }

    /**
     * Sets the limit for waiting for an answer.
     *
     * @param readTimeout a positive duration
     */
    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /**
     * How many times a call is tried at most.
     *
     * @return the number of attempts, 3 by default
     */
    public int getMaxAttempts() {
        return maxAttempts;
    }

    /**
     * Sets how many times a call is tried at most.
     *
     * @param maxAttempts from 1 to 10
     */
    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /**
     * The size of the client's connection pool.
     *
     * @return the most connections to the server at the same time, 20 by default
     */
    public int getMaxConnections() {
        return maxConnections;
    }

    /**
     * Sets the size of the client's connection pool.
     *
     * @param maxConnections at least 1
     */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    /**
     * The language of messages.
     *
     * @return the locale, English by default
     */
    public Locale getLocale() {
        return locale;
    }

    /**
     * Sets the language of messages.
     *
     * @param locale e.g. {@code hu} or {@code en}
     */
    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    /**
     * The product token appended to the {@code User-Agent} header.
     *
     * @return the token, or {@code null} when not set
     */
    public String getUserAgentSuffix() {
        return userAgentSuffix;
    }

    /**
     * Sets the product token appended to the {@code User-Agent} header.
     *
     * @param userAgentSuffix printable ASCII text
     */
    public void setUserAgentSuffix(String userAgentSuffix) {
        this.userAgentSuffix = userAgentSuffix;
    }

    /**
     * The settings of the client's meters.
     *
     * @return the metrics settings
     */
    public Metrics getMetrics() {
        return metrics;
    }

    /** The settings of the client's meters ({@code vhelpi.metrics.*}). */
    public static class Metrics {

        /** Whether to record a timer per operation and outcome of every call of the client. */
        private boolean enabled = true;

        /** Creates the settings with their defaults; Spring calls it. */
        public Metrics() {}

        /**
         * Whether the client's calls are recorded.
         *
         * @return {@code true} unless switched off
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Switches the recording of the client's calls on or off.
         *
         * @param enabled {@code false} to record nothing
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}

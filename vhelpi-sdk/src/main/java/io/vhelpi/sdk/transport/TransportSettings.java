package io.vhelpi.sdk.transport;

import io.vhelpi.sdk.monitoring.CallListener;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the transport needs, already validated by the client's builder.
 *
 * @param baseUri the server's address without a trailing slash
 * @param apiKey the secret sent as bearer token
 * @param connectTimeout the limit for opening a connection
 * @param readTimeout the limit for waiting for an answer
 * @param maxAttempts how many times a call is tried at most, {@code 1} for no retry
 * @param maxConnections the size of the connection pool
 * @param locale the language of the answers and of the exception messages
 * @param userAgent the full {@code User-Agent} header value
 * @param sleeper waits between attempts
 * @param clock the present, for waits given as a date
 * @param callListeners hear of every finished call, in this order
 */
public record TransportSettings(
        URI baseUri,
        String apiKey,
        Duration connectTimeout,
        Duration readTimeout,
        int maxAttempts,
        int maxConnections,
        Locale locale,
        String userAgent,
        Sleeper sleeper,
        Clock clock,
        List<CallListener> callListeners) {

    /** Checks that nothing is missing and copies the listeners. */
    public TransportSettings {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(clock, "clock");
        callListeners = List.copyOf(callListeners);
    }

    /** Describes the settings without the API key. */
    @Override
    public String toString() {
        return "TransportSettings[baseUri="
                + baseUri
                + ", connectTimeout="
                + connectTimeout
                + ", readTimeout="
                + readTimeout
                + ", maxAttempts="
                + maxAttempts
                + ", maxConnections="
                + maxConnections
                + ", locale="
                + locale
                + "]";
    }
}

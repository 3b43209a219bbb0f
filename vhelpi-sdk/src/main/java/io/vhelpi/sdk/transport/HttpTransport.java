package io.vhelpi.sdk.transport;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vhelpi.sdk.errors.ErrorDetails;
import io.vhelpi.sdk.errors.VhelpiConnectionException;
import io.vhelpi.sdk.errors.VhelpiException;
import io.vhelpi.sdk.errors.VhelpiServerException;
import io.vhelpi.sdk.monitoring.CallListener;
import io.vhelpi.sdk.monitoring.FinishedCall;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.glassfish.jersey.apache5.connector.Apache5ClientProperties;
import org.glassfish.jersey.apache5.connector.Apache5ConnectorProvider;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.glassfish.jersey.client.RequestEntityProcessing;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.media.sse.EventInput;
import org.glassfish.jersey.media.sse.SseFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the SDK's calls over HTTP: adds the headers, retries what may be retried, reads the answer
 * and turns errors into exceptions. Internal to the SDK; thread-safe; owns one connection pool,
 * released by {@link #close()}.
 */
public final class HttpTransport implements AutoCloseable {

    /** The header that names a request in both directions. */
    public static final String REQUEST_ID_HEADER = "Vhelpi-Request-Id";

    /** The header that names the operator on session calls. */
    public static final String OPERATOR_HEADER = "Vhelpi-Operator";

    /** The header that makes a create call safe to repeat. */
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final TransportSettings settings;
    private final Client client;
    private final WebTarget base;
    private final ObjectMapper mapper;
    private final ProblemReader problems;
    private final RetryPolicy retries;
    private final PoolingHttpClientConnectionManager pool;

    /**
     * Builds the HTTP client and its connection pool.
     *
     * @param settings the validated settings
     */
    public HttpTransport(TransportSettings settings) {
        this.settings = settings;
        this.mapper = JsonMapping.newMapper();
        this.pool = newPool(settings);
        this.client = newJerseyClient(settings, mapper, pool);
        this.base = client.target(settings.baseUri());
        this.problems = new ProblemReader(mapper, settings.locale(), settings.clock());
        this.retries = new RetryPolicy(settings.maxAttempts());
    }

    // Built explicitly rather than through the JAX-RS service lookup, so that the connector,
    // the pool and the JSON provider are always the ones configured here.
    private static Client newJerseyClient(
            TransportSettings settings,
            ObjectMapper mapper,
            PoolingHttpClientConnectionManager pool) {
        Timeout connectTimeout = Timeout.of(settings.connectTimeout());
        Timeout readTimeout = Timeout.of(settings.readTimeout());
        RequestConfig requestConfig =
                RequestConfig.custom()
                        .setConnectionRequestTimeout(connectTimeout)
                        .setResponseTimeout(readTimeout)
                        .build();

        ClientConfig config = new ClientConfig();
        config.connectorProvider(new Apache5ConnectorProvider());
        config.property(Apache5ClientProperties.CONNECTION_MANAGER, pool);
        config.property(Apache5ClientProperties.CONNECTION_MANAGER_SHARED, false);
        config.property(Apache5ClientProperties.REQUEST_CONFIG, requestConfig);
        // The SDK retries on its own terms; the HTTP client must not add retries of its own.
        config.property(
                Apache5ClientProperties.RETRY_STRATEGY,
                new DefaultHttpRequestRetryStrategy(0, TimeValue.ZERO_MILLISECONDS));
        config.property(ClientProperties.CONNECT_TIMEOUT, toMillis(settings.connectTimeout()));
        config.property(ClientProperties.READ_TIMEOUT, toMillis(settings.readTimeout()));
        config.property(
                ClientProperties.REQUEST_ENTITY_PROCESSING, RequestEntityProcessing.BUFFERED);
        config.property(ClientProperties.FOLLOW_REDIRECTS, false);
        config.register(JacksonFeature.class);
        config.register(SseFeature.class);
        config.register(new JsonMapping(mapper));

        return new JerseyClientBuilder().withConfig(config).build();
    }

    // A request's own timeout replaces the socket timeout while that request waits for its answer.
    private static PoolingHttpClientConnectionManager newPool(TransportSettings settings) {
        return PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(settings.maxConnections())
                .setMaxConnTotal(settings.maxConnections())
                .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                                .setSocketTimeout(Timeout.of(settings.readTimeout()))
                                .build())
                .build();
    }

    private static int toMillis(Duration duration) {
        return (int) Math.min(duration.toMillis(), Integer.MAX_VALUE);
    }

    /**
     * Performs a call, retrying it when the failure allows, and tells the call listeners how it
     * ended.
     *
     * @param operation the name of the call for the listeners, e.g. {@code sessions.create}
     * @param request the call
     * @param type the type of the answer's body
     * @param <T> the type of the answer's body
     * @return the body, or {@code null} for {@code 204 No Content}
     * @throws VhelpiException when the call fails for good
     */
    public <T> T execute(String operation, ApiRequest request, GenericType<T> type) {
        long started = System.nanoTime();
        // Counted by the retry loop, read once the call has succeeded or failed for good.
        int[] attempts = {0};

        try {
            T body = executeWithRetries(request, type, attempts);
            report(operation, null, attempts[0], started);
            return body;
        } catch (VhelpiException failure) {
            report(operation, failure.code(), attempts[0], started);
            throw failure;
        } catch (RuntimeException failure) {
            report(operation, FinishedCall.UNEXPECTED_ERROR, attempts[0], started);
            throw failure;
        }
    }

    private <T> T executeWithRetries(ApiRequest request, GenericType<T> type, int[] attempts) {
        int attempt = 1;
        while (true) {
            attempts[0] = attempt;
            try {
                return exchange(request, type);
            } catch (VhelpiException failure) {
                Optional<Duration> delay = retries.delayBeforeRetry(request, failure, attempt);
                if (delay.isEmpty()) {
                    throw failure;
                }
                LOG.debug(
                        "{} {} attempt {} failed with {}; retrying in {} ms",
                        request.method(),
                        request.displayPath(),
                        attempt,
                        failure.code(),
                        delay.get().toMillis());
                pause(delay.get(), failure);
                attempt++;
            }
        }
    }

    // A listener's failure is the listener's problem: it must never change the call's result.
    private void report(String operation, String errorCode, int attempts, long started) {
        if (settings.callListeners().isEmpty()) {
            return;
        }

        FinishedCall call =
                new FinishedCall(
                        operation,
                        errorCode,
                        attempts,
                        Duration.ofNanos(System.nanoTime() - started));
        for (CallListener listener : settings.callListeners()) {
            try {
                listener.callFinished(call);
            } catch (RuntimeException e) {
                LOG.warn("Call listener {} failed on {}", listener, operation, e);
            }
        }
    }

    /**
     * Opens a stream of server-sent events. The call is not retried: a stream that cannot be opened
     * or breaks is for the caller to open again.
     *
     * @param request a {@code GET} call of an event stream
     * @return the open stream; the caller closes it
     * @throws VhelpiException when the server refuses the call or cannot be reached
     */
    public EventStream openEvents(ApiRequest request) {
        String requestId = newRequestId();
        long started = System.nanoTime();

        Response response = send(request, requestId, started, MediaType.SERVER_SENT_EVENTS_TYPE);
        int status = response.getStatus();
        String answeredId = response.getHeaderString(REQUEST_ID_HEADER);
        if (status < 200 || status >= 300) {
            try (response) {
                throw problems.toException(
                        status,
                        answeredId,
                        response.getHeaderString(HttpHeaders.RETRY_AFTER),
                        readText(response));
            }
        }
        try {
            return new EventStream(response, response.readEntity(EventInput.class), mapper);
        } catch (ProcessingException | IllegalStateException e) {
            response.close();
            throw connectionFailure(
                    new ProcessingException(e), answeredId != null ? answeredId : requestId);
        }
    }

    /**
     * The language of the SDK's messages.
     *
     * @return the configured locale
     */
    public Locale locale() {
        return settings.locale();
    }

    /**
     * Waits between attempts; tests replace it so that they need not wait.
     *
     * @return the configured sleeper
     */
    public Sleeper sleeper() {
        return settings.sleeper();
    }

    private void pause(Duration delay, VhelpiException failure) {
        try {
            settings.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            VhelpiConnectionException interrupted =
                    new VhelpiConnectionException(
                            VhelpiConnectionException.INTERRUPTED,
                            ErrorDetails.withoutResponse(failure.requestId(), settings.locale()),
                            e);
            interrupted.addSuppressed(failure);
            throw interrupted;
        }
    }

    /**
     * One attempt: a fresh request id, one HTTP exchange, the response always closed, so that its
     * connection goes back to the pool whether the answer was a success, an error or unreadable.
     */
    private <T> T exchange(ApiRequest request, GenericType<T> type) {
        String requestId = newRequestId();
        long started = System.nanoTime();

        try (Response response =
                send(request, requestId, started, MediaType.APPLICATION_JSON_TYPE)) {
            int status = response.getStatus();
            String answeredId = response.getHeaderString(REQUEST_ID_HEADER);
            LOG.debug(
                    "{} {} -> {} in {} ms (request id {})",
                    request.method(),
                    request.displayPath(),
                    status,
                    elapsedMillis(started),
                    answeredId != null ? answeredId : requestId);

            if (status == Response.Status.NO_CONTENT.getStatusCode()) {
                return null;
            }
            if (status >= 200 && status < 300) {
                return readBody(response, type, answeredId != null ? answeredId : requestId);
            }
            throw problems.toException(
                    status,
                    answeredId,
                    response.getHeaderString(HttpHeaders.RETRY_AFTER),
                    readText(response));
        }
    }

    private Response send(ApiRequest request, String requestId, long started, MediaType accepted) {
        Invocation.Builder call =
                target(request)
                        .request(accepted)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + settings.apiKey())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, settings.locale().toLanguageTag())
                        .header(HttpHeaders.USER_AGENT, settings.userAgent())
                        .header(REQUEST_ID_HEADER, requestId);
        if (request.operator() != null) {
            call = call.header(OPERATOR_HEADER, request.operator());
        }
        if (request.idempotencyKey() != null) {
            call = call.header(IDEMPOTENCY_KEY_HEADER, request.idempotencyKey());
        }
        if (request.timeout() != null) {
            call = call.property(ClientProperties.READ_TIMEOUT, toMillis(request.timeout()));
        }

        try {
            return request.body() == null
                    ? call.method(request.method())
                    : call.method(
                            request.method(),
                            Entity.entity(request.body(), MediaType.APPLICATION_JSON_TYPE));
        } catch (ProcessingException e) {
            VhelpiConnectionException failure = connectionFailure(e, requestId);
            LOG.debug(
                    "{} {} failed with {} after {} ms (request id {})",
                    request.method(),
                    request.displayPath(),
                    failure.code(),
                    elapsedMillis(started),
                    requestId);
            throw failure;
        }
    }

    private WebTarget target(ApiRequest request) {
        WebTarget target = base;
        for (String segment : request.path()) {
            target = target.path("{segment}").resolveTemplate("segment", segment);
        }
        for (Map.Entry<String, String> parameter : request.query().entrySet()) {
            if (parameter.getValue() != null) {
                target = target.queryParam(parameter.getKey(), encodeQuery(parameter.getValue()));
            }
        }
        return target;
    }

    // Encoded here because the JAX-RS builder leaves '+' alone, which servers read as a space.
    private static String encodeQuery(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> T readBody(Response response, GenericType<T> type, String requestId) {
        try {
            return response.readEntity(type);
        } catch (ProcessingException | IllegalStateException e) {
            throw new VhelpiServerException(
                    VhelpiServerException.UNEXPECTED_RESPONSE,
                    new ErrorDetails(
                            response.getStatus(), requestId, null, null, settings.locale()),
                    e);
        }
    }

    private static String readText(Response response) {
        if (!response.hasEntity()) {
            return null;
        }
        try {
            return response.readEntity(String.class);
        } catch (ProcessingException | IllegalStateException unreadable) {
            return null;
        }
    }

    private VhelpiConnectionException connectionFailure(ProcessingException e, String requestId) {
        String code = VhelpiConnectionException.CONNECTION_LOST;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof ConnectTimeoutException
                    || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                code = VhelpiConnectionException.CONNECTION_FAILED;
                break;
            }
            if (cause instanceof SocketTimeoutException
                    || cause instanceof InterruptedIOException) {
                code = VhelpiConnectionException.TIMEOUT;
                break;
            }
        }
        return new VhelpiConnectionException(
                code, ErrorDetails.withoutResponse(requestId, settings.locale()), e);
    }

    private static String newRequestId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static long elapsedMillis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * How many of the pool's connections are lent out to calls in progress; every answer, error
     * answers included, gives its connection back.
     *
     * @return the number of leased connections
     */
    public int leasedConnections() {
        return pool.getTotalStats().getLeased();
    }

    /** Closes the HTTP client and its connection pool. */
    @Override
    public void close() {
        client.close();
    }
}

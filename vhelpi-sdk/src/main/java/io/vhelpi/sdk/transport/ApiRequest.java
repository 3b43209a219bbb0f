package io.vhelpi.sdk.transport;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call of the REST API, before headers and retries are added.
 *
 * @param method the HTTP method
 * @param path the path segments below the base address, each encoded on its own
 * @param query the query parameters in order; {@code null} values are left out
 * @param operator the operator id for the {@code Vhelpi-Operator} header, or {@code null}
 * @param body the JSON body, or {@code null}
 * @param idempotencyKey the {@code Idempotency-Key} header, or {@code null}
 * @param idempotent whether repeating the call has no further effect, so that it may be retried
 *     after a read timeout or a broken connection
 * @param timeout the limit for waiting for this call's answer, or {@code null} for the client's
 *     read timeout
 */
public record ApiRequest(
        String method,
        List<String> path,
        Map<String, String> query,
        String operator,
        Object body,
        String idempotencyKey,
        boolean idempotent,
        Duration timeout) {

    /** Copies the path and the query. */
    public ApiRequest {
        Objects.requireNonNull(method, "method");
        path = List.copyOf(path);
        query = query == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /**
     * A {@code GET} call, which is always safe to repeat.
     *
     * @param operator the operator id, or {@code null}
     * @param query the query parameters; {@code null} values are left out
     * @param path the path segments
     * @return the request
     */
    public static ApiRequest get(String operator, Map<String, String> query, String... path) {
        return new ApiRequest("GET", List.of(path), query, operator, null, null, true, null);
    }

    /**
     * A {@code POST} call.
     *
     * @param operator the operator id, or {@code null}
     * @param body the JSON body, or {@code null}
     * @param idempotencyKey the idempotency key, or {@code null}
     * @param idempotent whether the call is safe to repeat by its own meaning
     * @param path the path segments
     * @return the request
     */
    public static ApiRequest post(
            String operator,
            Object body,
            String idempotencyKey,
            boolean idempotent,
            String... path) {
        return new ApiRequest(
                "POST", List.of(path), Map.of(), operator, body, idempotencyKey, idempotent, null);
    }

    /**
     * The same call with its own limit for waiting for the answer.
     *
     * @param timeout a positive duration, or {@code null} for the client's read timeout
     * @return the request with that timeout
     */
    public ApiRequest withTimeout(Duration timeout) {
        return new ApiRequest(
                method, path, query, operator, body, idempotencyKey, idempotent, timeout);
    }

    /**
     * Whether the call may be repeated after the server may already have received it: an idempotent
     * call, or one that carries an idempotency key.
     *
     * @return {@code true} when a retry cannot do anything twice
     */
    public boolean safeToRepeat() {
        return idempotent || idempotencyKey != null;
    }

    /**
     * The path as it appears in logs: only ids and fixed words, no personal data.
     *
     * @return the path with a leading slash
     */
    public String displayPath() {
        return "/" + String.join("/", path);
    }
}

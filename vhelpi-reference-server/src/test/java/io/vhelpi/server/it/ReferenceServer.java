package io.vhelpi.server.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.model.License;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reference server the build started for the integration tests (WildFly with the deployed WAR,
 * embedded default, fixtures of {@code src/it/fixtures}, on H2 or on PostgreSQL), and plain-HTTP
 * access to what the SDK does not cover: the dev outbox, the join page, raw requests.
 */
final class ReferenceServer {

    static final String DEMO_KEY = "vh_demo_7Jq2xW9kLm4Rt8Zp3Nc6Vb5H";
    static final String DEMO_LICENSE = "5b1f4a52-9a8e-4c1e-9a57-3c2b9c1d2e01";
    static final String OTHER_ORGANISATION_KEY = "vh_test_other_8Hd3kP0qLz5Wm2Xr";
    static final String ONE_CREDIT_KEY = "vh_test_tiny_3Nf7tB2cQx9Vg4Ks";
    static final String ONE_CREDIT_LICENSE = "3e8f6a2d-9b1c-4d7e-a5f4-0c1d2e3f4a03";
    static final String BULK_ORGANISATION = "9a4c2e7f-5b3d-4e1a-8c6f-2d4e6f8a0b01";
    static final String BULK_KEY = "vh_test_bulk_5Rw8nE2kYq7Tz4Lp";
    static final String BULK_LICENSE = "9a4c2e7f-5b3d-4e1a-8c6f-2d4e6f8a0b03";

    static final String ONE_CREDIT_ORGANISATION = "3e8f6a2d-9b1c-4d7e-a5f4-0c1d2e3f4a01";
    static final String ADMIN_KEY = "vh_admin_it_5Kq8Wz2Lm7Rx4Tp9";
    static final String PARTNER_KEY = "vh_test_partner_6Yc1Rj8Ns3Qe";
    static final String PARTNER_ORGANISATION = "b1e2d3c4-5f6a-4b7c-9d8e-0f1a2b3c4d01";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    private ReferenceServer() {}

    /** The base URL, set by the build; a run outside it says what is missing. */
    static String baseUrl() {
        String url = System.getProperty("vhelpi.it.base-url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(
                    "vhelpi.it.base-url is not set: run the integration tests with"
                            + " './mvnw verify', which starts WildFly with the application");
        }
        return url;
    }

    /**
     * The second server the build started, identical but for its short idle timeout ({@link
     * #shortIdleTimeout()}), for the expiry tests.
     */
    static String shortIdleTimeoutBaseUrl() {
        return property(
                "vhelpi.it.short-idle-timeout.base-url",
                "the address of the server with the short idle timeout");
    }

    /** The idle timeout of the second server. */
    static Duration shortIdleTimeout() {
        return Duration.parse(
                property("vhelpi.it.short-idle-timeout", "the short server's idle timeout"));
    }

    static String property(String name, String what) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    name
                            + " ("
                            + what
                            + ") is not set: run the integration tests with './mvnw verify',"
                            + " which starts WildFly with the application");
        }
        return value;
    }

    static VhelpiClient client(String apiKey) {
        return client(baseUrl(), apiKey);
    }

    static VhelpiClient client(String baseUrl, String apiKey) {
        return VhelpiClient.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** The database the server runs on: {@code h2} or {@code postgresql}. */
    static String database() {
        return System.getProperty("vhelpi.it.database", "h2");
    }

    static int credits(VhelpiClient client, String licenseId) {
        return client.licenses().stream()
                .filter(license -> license.id().equals(licenseId))
                .mapToInt(License::credits)
                .findFirst()
                .orElseThrow();
    }

    /** The dev outbox's messages of one session, newest first. */
    static List<JsonNode> outboxOf(String sessionId) {
        return outboxOf(baseUrl(), sessionId);
    }

    /** The messages of one session in the dev outbox of the server at {@code baseUrl}. */
    static List<JsonNode> outboxOf(String baseUrl, String sessionId) {
        List<JsonNode> messages = new ArrayList<>();
        JsonNode outbox =
                json(
                        send(HttpRequest.newBuilder(URI.create(baseUrl + "/dev/outbox.json")).GET())
                                .body());
        for (JsonNode message : outbox) {
            if (message.get("sessionId").asText().equals(sessionId)) {
                messages.add(message);
            }
        }
        return messages;
    }

    static JsonNode outbox() {
        return json(send(HttpRequest.newBuilder(uri("/dev/outbox.json")).GET()).body());
    }

    static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    static HttpResponse<String> post(String url) {
        return send(
                HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    static HttpResponse<String> postForm(String url) {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A create request with a raw JSON body, bypassing the SDK's own validation. */
    static HttpResponse<String> rawCreate(String apiKey, String operator, String body) {
        return send(
                HttpRequest.newBuilder(uri("/api/v1/sessions"))
                        .header("Authorization", "Bearer " + apiKey)
                        .header("Vhelpi-Operator", operator)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A create request with a raw JSON body and an {@code Idempotency-Key}. */
    static HttpResponse<String> rawCreate(
            String apiKey, String operator, String body, String idempotencyKey) {
        return send(
                HttpRequest.newBuilder(uri("/api/v1/sessions"))
                        .header("Authorization", "Bearer " + apiKey)
                        .header("Vhelpi-Operator", operator)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", idempotencyKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A close request with an {@code Idempotency-Key}. */
    static HttpResponse<String> rawClose(
            String apiKey, String operator, String sessionId, String idempotencyKey) {
        return send(
                HttpRequest.newBuilder(uri("/api/v1/sessions/" + sessionId + "/close"))
                        .header("Authorization", "Bearer " + apiKey)
                        .header("Vhelpi-Operator", operator)
                        .header("Idempotency-Key", idempotencyKey)
                        .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /**
     * What the database holds for an organisation, counted by the host application deployed beside
     * the server: sessions, operatorsWithMoreThanOneSession, debits, messages, credits.
     */
    static Map<String, Long> counts(String organisationId) {
        HttpResponse<String> answer = get(hostUrl() + "/counts?organisation=" + organisationId);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(
                    "The host application did not count: " + answer.statusCode());
        }
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String line : answer.body().split("\n")) {
            String[] pair = line.split("=", 2);
            counts.put(pair[0], Long.parseLong(pair[1]));
        }
        return counts;
    }

    /** The stand-in claim system deployed beside the server, which embeds the SDK. */
    static String hostUrl() {
        return baseUrl() + "/it-host";
    }

    /** A form POST, as a browser would send it. */
    static HttpResponse<String> postForm(String url, String form) {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A request with a raw JSON body (or none) and any key, bypassing the SDK. */
    static HttpResponse<String> raw(String method, String path, String apiKey, String body) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", "Bearer " + apiKey)
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body)));
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> map(String body) {
        try {
            return JSON.readValue(
                    body,
                    JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

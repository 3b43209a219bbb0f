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
 * embedded default, fixtures of {@code src/it/fixtures}), and plain-HTTP access to what the SDK
 * does not cover: the dev outbox, the join page, raw requests.
 */
final class ReferenceServer {

    static final String DEMO_KEY = "vh_demo_7Jq2xW9kLm4Rt8Zp3Nc6Vb5H";
    static final String DEMO_LICENSE = "5b1f4a52-9a8e-4c1e-9a57-3c2b9c1d2e01";
    static final String OTHER_ORGANISATION_KEY = "vh_test_other_8Hd3kP0qLz5Wm2Xr";
    static final String ONE_CREDIT_KEY = "vh_test_tiny_3Nf7tB2cQx9Vg4Ks";
    static final String ONE_CREDIT_LICENSE = "3e8f6a2d-9b1c-4d7e-a5f4-0c1d2e3f4a03";

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

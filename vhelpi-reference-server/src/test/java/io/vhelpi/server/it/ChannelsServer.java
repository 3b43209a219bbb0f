package io.vhelpi.server.it;

import io.vhelpi.sdk.VhelpiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * The second server the build starts for the integration tests: production mode with the real
 * channels, an SMTP server and an SMS gateway on ports the build reserved. The tests start
 * GreenMail and WireMock on exactly those ports; the server connects to them only when it sends.
 */
final class ChannelsServer {

    static final String KEY = "vh_test_notify_5Rk8Qe2Lw7Zt1Xm";
    static final String LICENSE = "9a4e2c71-6b3d-4f8a-b1c5-2d3e4f5a6b03";
    static final String ORGANISATION_NAME = "Értesítő Biztosító Zrt.";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ChannelsServer() {}

    static String baseUrl() {
        return property("vhelpi.it.channels.base-url");
    }

    static int smtpPort() {
        return Integer.parseInt(property("vhelpi.it.smtp.port"));
    }

    static int smsGatewayPort() {
        return Integer.parseInt(property("vhelpi.it.sms-gateway.port"));
    }

    static String receiptSecret() {
        return property("vhelpi.it.receipt-secret");
    }

    static VhelpiClient client() {
        return VhelpiClient.builder()
                .baseUrl(baseUrl())
                .apiKey(KEY)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** Posts a delivery receipt as the gateway would. */
    static HttpResponse<String> postReceipt(String secret, String json) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/notifications/sms-receipts"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json));
        if (secret != null) {
            request.header("Vhelpi-Receipt-Secret", secret);
        }
        return send(request.build());
    }

    /** A create request with a raw JSON body, bypassing the SDK's own validation. */
    static HttpResponse<String> rawCreate(String operator, String body) {
        return send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/sessions"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + KEY)
                        .header("Vhelpi-Operator", operator)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    /**
     * Reloads the server: every service stops (the application is undeployed, its timers and
     * database connections end) and starts again from its configuration. Returns once the API
     * answers again.
     */
    static void reload() {
        int port = Integer.parseInt(property("vhelpi.it.channels.management-port"));
        try (ModelControllerClient management =
                ModelControllerClient.Factory.create("remote+http", "localhost", port)) {
            ModelNode outcome = management.execute(Operations.createOperation("reload"));
            if (!Operations.isSuccessfulOutcome(outcome)) {
                throw new IllegalStateException(
                        "Reload refused: " + Operations.getFailureDescription(outcome));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        eventually(
                "the API answers after the reload",
                ChannelsServer::apiStatus,
                status -> status == 200,
                Duration.ofSeconds(120));
    }

    /**
     * Polls until {@code condition} holds for what {@code probe} returns, or fails after {@code
     * timeout} naming what was awaited.
     */
    static <T> T eventually(
            String what, Supplier<T> probe, Predicate<T> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        T last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = probe.get();
                if (condition.test(last)) {
                    return last;
                }
            } catch (RuntimeException e) {
                // Not ready yet: the server may be reloading.
            }
            pause();
        }
        throw new AssertionError("Waited " + timeout + " for " + what + "; last seen: " + last);
    }

    private static int apiStatus() {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/licenses"))
                        .timeout(Duration.ofSeconds(5))
                        .header("Authorization", "Bearer " + KEY)
                        .GET()
                        .build())
                .statusCode();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    name
                            + " is not set: run the integration tests with './mvnw verify',"
                            + " which starts the channels server");
        }
        return value;
    }
}

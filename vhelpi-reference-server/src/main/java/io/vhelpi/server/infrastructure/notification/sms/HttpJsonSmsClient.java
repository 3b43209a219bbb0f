package io.vhelpi.server.infrastructure.notification.sms;

import io.vhelpi.core.sms.SmsEncoding;
import io.vhelpi.server.domain.notification.DeliveryFailedException;
import io.vhelpi.server.domain.notification.SmsGateway.Sms;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Speaks the HTTP JSON API of the SMS gateway (documented in {@code docs/notifications.md}): one
 * {@code POST} per message, answered with the provider's message id. A refusal (4xx other than 408
 * and 429) is permanent; no answer, a timeout, 408, 429 and 5xx may pass and are retried.
 */
public class HttpJsonSmsClient {

    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final SmsGatewaySettings settings;
    private final HttpClient http;

    /** A client with its own connection pool, for the given gateway. */
    public HttpJsonSmsClient(SmsGatewaySettings settings) {
        this.settings = settings;
        this.http =
                HttpClient.newBuilder()
                        .connectTimeout(settings.connectTimeout())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
    }

    /**
     * Posts one message.
     *
     * @return the provider's message id; null when the answer names none
     * @throws DeliveryFailedException permanent for a refusal, otherwise retryable
     */
    public String send(Sms sms) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(settings.url())
                        .timeout(settings.requestTimeout())
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("Accept", "application/json")
                        .header("Idempotency-Key", sms.reference())
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        json(sms), StandardCharsets.UTF_8));
        if (settings.username() != null) {
            String credentials = settings.username() + ":" + nullToEmpty(settings.password());
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }

        HttpResponse<String> response;
        try {
            response =
                    http.send(
                            request.build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new DeliveryFailedException("SMS gateway did not answer in time", false);
        } catch (IOException e) {
            throw new DeliveryFailedException(
                    "SMS gateway unreachable: " + e.getClass().getSimpleName(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("Sending was interrupted", false);
        }
        return messageId(response);
    }

    private static String messageId(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return field(response.body(), "messageId");
        }

        String reason = "SMS gateway answered HTTP " + status;
        String error = field(response.body(), "error");
        if (error != null && ERROR_CODE.matcher(error).matches()) {
            reason += " (" + error + ")";
        }
        boolean mayPass = status == 408 || status == 429 || status >= 500;
        boolean refused = status >= 400 && !mayPass;
        throw new DeliveryFailedException(reason, refused);
    }

    /** A string field of a JSON object body; null when the body is not such an object. */
    private static String field(String body, String name) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject object = reader.readObject();
            return object.get(name) instanceof JsonString value ? value.getString() : null;
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return null;
        }
    }

    private String json(Sms sms) {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"from\":").append(quote(settings.senderId()));
        json.append(",\"to\":").append(quote(sms.to()));
        json.append(",\"text\":").append(quote(sms.text()));
        json.append(",\"encoding\":")
                .append(quote(sms.encoding() == SmsEncoding.GSM_7BIT ? "GSM7" : "UCS2"));
        json.append(",\"segments\":").append(sms.segments());
        json.append(",\"reference\":").append(quote(sms.reference()));
        if (settings.receiptUrl() != null) {
            json.append(",\"receiptUrl\":").append(quote(settings.receiptUrl().toString()));
        }
        return json.append('}').toString();
    }

    /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
    static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

package io.vhelpi.server.interfaces.rest;

import io.vhelpi.core.validation.Violation;
import io.vhelpi.server.application.DeliveryReceipts;
import io.vhelpi.server.infrastructure.config.ServerConfig;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/v1/notifications/sms-receipts}: the SMS gateway reports what became of a
 * message. Authenticated with the shared secret of {@code vhelpi.sms.receipt-secret} in the {@code
 * Vhelpi-Receipt-Secret} header, not with an organisation's API key; without that setting the
 * address does not exist.
 */
@Path("api/v1/notifications/sms-receipts")
@RequestScoped
public class SmsReceiptResource {

    /** The header that carries the shared secret. */
    public static final String SECRET_HEADER = "Vhelpi-Receipt-Secret";

    private static final int MAX_ID_LENGTH = 200;
    private static final int MAX_REASON_LENGTH = 200;

    @Inject ServerConfig config;
    @Inject DeliveryReceipts receipts;

    /**
     * Records one receipt: {@code {"messageId": "…", "status": "DELIVERED" | "FAILED", "reason":
     * "…"}}. Answers 204 when it is recorded or was known already, 404 for an unknown message.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam(SECRET_HEADER) String secret, JsonValue body) {
        Optional<String> expected = config.smsReceiptSecret();
        if (expected.isEmpty()) {
            throw new NotFoundException();
        }
        if (secret == null || !sameSecret(secret, expected.get())) {
            throw new ApiProblem(
                    "unauthorized", "Send the receipt secret in " + SECRET_HEADER + ".");
        }

        List<Violation> violations = new ArrayList<>();
        JsonObject receipt =
                body instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        String messageId = text(receipt, "messageId");
        String status = text(receipt, "status");
        if (messageId == null || messageId.isBlank() || messageId.length() > MAX_ID_LENGTH) {
            violations.add(new Violation("messageId", "required", List.of()));
        }
        if (!"DELIVERED".equals(status) && !"FAILED".equals(status)) {
            violations.add(new Violation("status", "invalid_value", List.of("DELIVERED, FAILED")));
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }

        DeliveryReceipts.Outcome outcome =
                receipts.record(messageId, "DELIVERED".equals(status), reason(receipt));
        if (outcome == DeliveryReceipts.Outcome.UNKNOWN_MESSAGE) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    private static boolean sameSecret(String given, String expected) {
        return MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? value.getString() : null;
    }

    /**
     * The provider's reason, cut short, without control characters, and with anything that looks
     * like a phone number hidden: the reason is stored, shown to the operator and logged.
     */
    private static String reason(JsonObject receipt) {
        return cleanReason(text(receipt, "reason"));
    }

    static String cleanReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String clean =
                reason.strip()
                        .replaceAll("\\p{Cntrl}", " ")
                        .replaceAll("\\+?\\d[\\d ()./-]{5,}\\d", "***");
        return clean.length() > MAX_REASON_LENGTH ? clean.substring(0, MAX_REASON_LENGTH) : clean;
    }
}

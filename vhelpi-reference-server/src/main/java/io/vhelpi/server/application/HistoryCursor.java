package io.vhelpi.server.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of history ended: the creation time and id of its last session. Travels as an opaque
 * URL-safe string.
 */
public record HistoryCursor(Instant createdAt, String sessionId) {

    /** The cursor as an opaque string. */
    public String encode() {
        String plain = createdAt + "|" + sessionId;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in {@code encoded}, or empty when it is not one this server made. */
    public static Optional<HistoryCursor> decode(String encoded) {
        try {
            String plain =
                    new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            if (bar < 0) {
                return Optional.empty();
            }
            Instant createdAt = Instant.parse(plain.substring(0, bar));
            String sessionId = plain.substring(bar + 1);
            if (sessionId.isEmpty() || sessionId.length() > 36) {
                return Optional.empty();
            }
            return Optional.of(new HistoryCursor(createdAt, sessionId));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

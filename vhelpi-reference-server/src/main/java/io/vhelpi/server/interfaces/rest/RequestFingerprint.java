package io.vhelpi.server.interfaces.rest;

import io.vhelpi.server.domain.session.JoinToken;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.TreeMap;

/**
 * The SHA-256 of what makes two requests the same: method, path, operator and the body in a
 * canonical form (object members sorted, no white space), so that a repetition serialised
 * differently by the caller still counts as the same request.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    static String of(String method, String path, String operator, byte[] body) {
        String canonical =
                method
                        + "\n"
                        + path
                        + "\n"
                        + (operator == null ? "" : operator)
                        + "\n"
                        + canonicalBody(body);
        return JoinToken.sha256Hex(canonical);
    }

    private static String canonicalBody(byte[] body) {
        if (body.length == 0) {
            return "";
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            StringBuilder out = new StringBuilder();
            write(reader.readValue(), out);
            return out.toString();
        } catch (JsonException | IllegalStateException notJson) {
            // Refused later as malformed; the raw bytes still tell two such bodies apart.
            return "raw:" + Base64.getEncoder().encodeToString(body);
        }
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                out.append('{');
                boolean first = true;
                for (var member : new TreeMap<>(object).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(Json.createValue(member.getKey())).append(':');
                    write(member.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                out.append('[');
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(array.get(i), out);
                }
                out.append(']');
            }
            default -> out.append(value);
        }
    }
}

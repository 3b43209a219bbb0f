package io.vhelpi.server.interfaces.rest;

import io.vhelpi.core.validation.Violation;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads the fields of administration requests from a generic JSON object, collecting one violation
 * per invalid field instead of failing on the first.
 */
final class AdminJson {

    private final JsonObject object;
    private final List<Violation> violations;

    private AdminJson(JsonObject object, List<Violation> violations) {
        this.object = object;
        this.violations = violations;
    }

    /**
     * The reader of {@code body}; its violations are added to {@code violations}.
     *
     * @throws ApiProblem when the body is not a JSON object
     */
    static AdminJson of(JsonValue body, List<Violation> violations) {
        if (!(body instanceof JsonObject object)) {
            throw new ApiProblem("validation_failed", "The request body must be a JSON object.");
        }
        return new AdminJson(object, violations);
    }

    /** A text field, trimmed; null when absent and optional or invalid. */
    String text(String field, boolean required, int maxLength) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                violations.add(new Violation(field, "required", List.of()));
            }
            return null;
        }
        if (!(value instanceof JsonString string)) {
            violations.add(new Violation(field, "invalid_value", List.of("a JSON string")));
            return null;
        }

        String text = string.getString().strip();
        if (text.isEmpty()) {
            if (required) {
                violations.add(new Violation(field, "required", List.of()));
            }
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            violations.add(new Violation(field, "too_long", List.of(maxLength, length)));
            return null;
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            violations.add(
                    new Violation(
                            field, "invalid_value", List.of("text without control characters")));
            return null;
        }
        return text;
    }

    /** A required whole number in {@code [min, max]}, never zero when {@code nonZero}. */
    int integer(String field, int min, int max, boolean nonZero) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            violations.add(new Violation(field, "required", List.of()));
            return 0;
        }
        String range = "a whole number from " + min + " to " + max + (nonZero ? ", not 0" : "");
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            violations.add(new Violation(field, "invalid_value", List.of(range)));
            return 0;
        }
        BigDecimal whole = number.bigDecimalValue();
        if (whole.compareTo(BigDecimal.valueOf(min)) < 0
                || whole.compareTo(BigDecimal.valueOf(max)) > 0
                || (nonZero && whole.signum() == 0)) {
            violations.add(new Violation(field, "invalid_value", List.of(range)));
            return 0;
        }
        return whole.intValueExact();
    }
}

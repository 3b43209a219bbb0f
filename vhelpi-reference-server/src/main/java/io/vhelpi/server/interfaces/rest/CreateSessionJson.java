package io.vhelpi.server.interfaces.rest;

import io.vhelpi.core.validation.InvitationDraft;
import io.vhelpi.core.validation.Violation;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of a create request. The body is taken as a generic JSON object so that a field of
 * the wrong type is reported as that field's error instead of an unreadable body.
 */
final class CreateSessionJson {

    private static final List<String> FIELDS =
            List.of("channel", "licenseId", "caseNumber", "phone", "email", "externalReference");

    private CreateSessionJson() {}

    /**
     * The draft in {@code body}.
     *
     * @throws ApiProblem when the body is missing or a field is not a string
     */
    static InvitationDraft read(JsonValue body) {
        if (!(body instanceof JsonObject object)) {
            throw new ApiProblem("validation_failed", "The request body must be a JSON object.");
        }

        List<Violation> wrongTypes = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String field : FIELDS) {
            JsonValue value = object.get(field);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                values.add(null);
            } else if (value instanceof JsonString string) {
                values.add(string.getString());
            } else {
                values.add(null);
                wrongTypes.add(new Violation(field, "invalid_type", List.of()));
            }
        }
        if (!wrongTypes.isEmpty()) {
            throw ApiProblem.invalid(wrongTypes);
        }
        return new InvitationDraft(
                values.get(0),
                values.get(1),
                values.get(2),
                values.get(3),
                values.get(4),
                values.get(5));
    }
}

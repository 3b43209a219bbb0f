package io.vhelpi.sdk.errors;

/**
 * One invalid field of a rejected request.
 *
 * @param field the name of the field as the REST API spells it, e.g. {@code phone}
 * @param code the machine-readable reason, e.g. {@code phone_not_mobile}
 * @param message a human-readable explanation
 */
public record FieldError(String field, String code, String message) {}

package io.vhelpi.sdk.errors;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What is known about a failed call, shared by every {@link VhelpiException}.
 *
 * @param httpStatus the HTTP status of the answer, {@code 0} when there was no answer
 * @param requestId the request id of the call, or {@code null} when none was sent
 * @param detail the server's explanation, or {@code null}
 * @param fieldErrors the invalid fields, never {@code null}
 * @param locale the language of the exception message
 */
public record ErrorDetails(
        int httpStatus,
        String requestId,
        String detail,
        List<FieldError> fieldErrors,
        Locale locale) {

    /** Normalises missing values: no field errors becomes an empty list, no locale English. */
    public ErrorDetails {
        fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
        locale = Objects.requireNonNullElse(locale, Locale.ENGLISH);
    }

    /**
     * Details of a failure that happened without an answer from the server.
     *
     * @param requestId the request id that was sent, or {@code null}
     * @param locale the language of the exception message
     * @return details with HTTP status {@code 0} and no field errors
     */
    public static ErrorDetails withoutResponse(String requestId, Locale locale) {
        return new ErrorDetails(0, requestId, null, List.of(), locale);
    }
}

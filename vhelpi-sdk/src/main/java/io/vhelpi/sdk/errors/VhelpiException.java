package io.vhelpi.sdk.errors;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The base of every exception the SDK throws. It carries the error code of the REST API, the HTTP
 * status, the request id to quote to support, the server's explanation and the invalid fields. Its
 * message is in the language the client was built with (English or Hungarian).
 */
public class VhelpiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int httpStatus;
    private final String requestId;
    private final String detail;
    private final List<FieldError> fieldErrors;
    private final Locale locale;

    /**
     * Creates an exception for an error code.
     *
     * @param code the error code, e.g. {@code session_not_found}
     * @param details what is known about the failed call
     * @param cause the underlying failure, or {@code null}
     */
    protected VhelpiException(String code, ErrorDetails details, Throwable cause) {
        super(code, cause);
        Objects.requireNonNull(details, "details");
        this.code = Objects.requireNonNull(code, "code");
        this.httpStatus = details.httpStatus();
        this.requestId = details.requestId();
        this.detail = details.detail();
        this.fieldErrors = details.fieldErrors();
        this.locale = details.locale();
    }

    /**
     * The machine-readable error code, e.g. {@code active_session_exists}.
     *
     * @return the code, never {@code null}
     */
    public String code() {
        return code;
    }

    /**
     * The HTTP status of the server's answer.
     *
     * @return the status, or {@code 0} when the server did not answer or the SDK refused the
     *     request before sending it
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * The id of the request, from the {@code Vhelpi-Request-Id} header or the error body; quote it
     * when asking for support.
     *
     * @return the request id, or {@code null} when no request was sent
     */
    public String requestId() {
        return requestId;
    }

    /**
     * The server's own explanation of the error.
     *
     * @return the explanation, or {@code null} when there is none
     */
    public String detail() {
        return detail;
    }

    /**
     * The invalid fields of a rejected request.
     *
     * @return the field errors, empty when the error is not about fields
     */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /**
     * A message in the client's language: the SDK's text for the code, then the server's
     * explanation, the invalid fields and the request id.
     */
    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder(ErrorMessages.text(code, locale));

        // The server words the details of business errors in English; in another language the
        // SDK's own sentence stands alone. Validation details come in the requested language.
        boolean detailInLanguage =
                "en".equals(locale.getLanguage()) || "validation_failed".equals(code);
        if (detail != null && !detail.isBlank() && detailInLanguage) {
            message.append(' ').append(detail.strip());
        }
        if (!fieldErrors.isEmpty()) {
            message.append(' ')
                    .append(
                            fieldErrors.stream()
                                    .map(VhelpiException::describe)
                                    .collect(Collectors.joining("; ", "[", "]")));
        }
        if (requestId != null) {
            message.append(" (")
                    .append(ErrorMessages.requestIdLabel(locale))
                    .append(": ")
                    .append(requestId)
                    .append(')');
        }
        return message.toString();
    }

    private static String describe(FieldError error) {
        String explanation = error.message() != null ? error.message() : error.code();
        return error.field() + ": " + explanation;
    }
}

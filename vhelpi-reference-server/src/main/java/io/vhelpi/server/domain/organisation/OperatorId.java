package io.vhelpi.server.domain.organisation;

import java.util.regex.Pattern;

/**
 * The host system's own user id of the operator, e.g. {@code kovacs.janos}: 1 to 64 letters,
 * digits, dots, underscores, dashes or at signs.
 */
public record OperatorId(String value) {

    /** The HTTP header that names the operator on whose behalf a host system acts. */
    public static final String HEADER = "Vhelpi-Operator";

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    /** Whether {@code candidate} is a well-formed operator id. */
    public static boolean isValid(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    public OperatorId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an operator id");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

package io.vhelpi.core.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One field of a request broke a rule.
 *
 * @param field the field name as in the REST contract, e.g. {@code phone}
 * @param code the validation code, see {@link ValidationCodes}
 * @param args the arguments of the code's message
 */
public record Violation(String field, String code, List<Object> args) {

    /**
     * Creates the violation; the arguments are copied.
     *
     * @throws NullPointerException if {@code field} or {@code code} is null
     */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        args = args == null ? List.of() : List.copyOf(args);
    }

    /**
     * Makes the violation of a field from the exception its value raised.
     *
     * @param field the field name
     * @param exception what was wrong with the value
     * @return the violation
     */
    public static Violation of(String field, InvalidValueException exception) {
        return new Violation(field, exception.code(), Arrays.asList(exception.args()));
    }

    /**
     * Returns the message in the given language.
     *
     * @param locale the operator's locale; non-Hungarian locales get English
     * @return the message
     */
    public String message(Locale locale) {
        return ValidationMessages.message(code, locale, args.toArray());
    }
}

package io.vhelpi.core.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * A single value broke a rule. It carries a validation code and its arguments, from which a message
 * in English or Hungarian is made; the message never repeats the rejected value.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private final String code;
    private final Object[] args;

    /**
     * Creates the exception.
     *
     * @param code a validation code, see {@link ValidationCodes}
     * @param args the arguments of the code's message
     */
    public InvalidValueException(String code, Object... args) {
        super(
                ValidationMessages.message(
                        Objects.requireNonNull(code, "code"), Locale.ENGLISH, args));
        this.code = code;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /**
     * Returns the validation code.
     *
     * @return the code, e.g. {@code phone_not_mobile}
     */
    public String code() {
        return code;
    }

    /**
     * Returns a copy of the message arguments.
     *
     * @return the arguments
     */
    public Object[] args() {
        return args.clone();
    }

    /**
     * Returns the message in the given language.
     *
     * @param locale the operator's locale; non-Hungarian locales get English
     * @return the message
     */
    public String message(Locale locale) {
        return ValidationMessages.message(code, locale, args);
    }
}

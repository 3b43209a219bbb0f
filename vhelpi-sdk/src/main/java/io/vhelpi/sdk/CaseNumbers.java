package io.vhelpi.sdk;

import io.vhelpi.core.validation.CaseNumber;
import io.vhelpi.core.validation.InvalidValueException;
import io.vhelpi.sdk.errors.ErrorDetails;
import io.vhelpi.sdk.errors.FieldError;
import io.vhelpi.sdk.errors.ValidationFailedException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Case numbers as the operator's form wants them, for a host UI that checks its input before
 * sending: exactly {@value #LENGTH} characters as a person counts them (accented letters count as
 * one), no control characters or line breaks. The rule is the one the server applies, so a case
 * number accepted here is never refused there for its form.
 */
public final class CaseNumbers {

    /** The number of characters of every case number. */
    public static final int LENGTH = CaseNumber.LENGTH;

    private static final String FIELD = "caseNumber";

    private CaseNumbers() {}

    /**
     * A random case number for insurers without a case system: 10 upper-case letters and digits
     * from a secure random source, without look-alikes such as 0 and O or 1, I and L.
     *
     * @return a new case number, e.g. {@code K7M2XQ9RTB}
     */
    public static String random() {
        return CaseNumber.random().value();
    }

    /**
     * Whether a case number would be accepted.
     *
     * @param caseNumber the case number as entered, or {@code null}
     * @return {@code true} when it is valid after trimming
     */
    public static boolean isValid(String caseNumber) {
        return problem(caseNumber, Locale.ENGLISH).isEmpty();
    }

    /**
     * What is wrong with a case number, in the operator's language, e.g. "must be exactly 10
     * characters long, not 9".
     *
     * @param caseNumber the case number as entered, or {@code null}
     * @param locale Hungarian or English (any other language gets English)
     * @return the explanation, or empty when the case number is valid
     */
    public static Optional<String> problem(String caseNumber, Locale locale) {
        try {
            CaseNumber.parse(caseNumber);
            return Optional.empty();
        } catch (InvalidValueException e) {
            return Optional.of(e.message(locale(locale)));
        }
    }

    /**
     * Checks a case number and returns it as it will be sent: trimmed and in Unicode NFC form.
     *
     * @param caseNumber the case number as entered
     * @param locale the language of the exception's message
     * @return the normalised case number
     * @throws ValidationFailedException when it is invalid; its single field error names the field
     *     {@code caseNumber}, the code (e.g. {@code case_number_length}) and the explanation
     */
    public static String validate(String caseNumber, Locale locale) {
        try {
            return CaseNumber.parse(caseNumber).value();
        } catch (InvalidValueException e) {
            Locale language = locale(locale);
            throw new ValidationFailedException(
                    new ErrorDetails(
                            0,
                            null,
                            null,
                            List.of(new FieldError(FIELD, e.code(), e.message(language))),
                            language));
        }
    }

    private static Locale locale(Locale locale) {
        return Objects.requireNonNullElse(locale, Locale.ENGLISH);
    }
}

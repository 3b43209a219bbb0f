package io.vhelpi.core.validation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A request broke one or more rules; every violation is listed, not only the first. */
public final class ValidationException extends IllegalArgumentException {

    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations the violations, at least one
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ValidationException(List<Violation> violations) {
        super(summary(List.copyOf(violations), Locale.ENGLISH));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A validation failure needs a violation");
        }
        this.violations = List.copyOf(violations);
    }

    /**
     * Returns the violations in field order.
     *
     * @return an unmodifiable list
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns a summary naming every invalid field, in the given language.
     *
     * @param locale the operator's locale; non-Hungarian locales get English
     * @return the summary
     */
    public String message(Locale locale) {
        return summary(violations, locale);
    }

    private static String summary(List<Violation> violations, Locale locale) {
        String details =
                violations.stream()
                        .map(v -> v.field() + " (" + v.message(locale) + ")")
                        .collect(Collectors.joining(", "));
        long fields = violations.stream().map(Violation::field).distinct().count();
        return ValidationMessages.message("validation_failed", locale, fields, details);
    }
}

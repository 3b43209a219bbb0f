package io.vhelpi.core.validation;

/**
 * The host system's own, possibly longer claim number, travelling beside the case number: at most
 * {@value #MAX_LENGTH} characters, without control or invisible formatting characters. It is not
 * personal data, so {@code toString()} shows it.
 *
 * @param value the trimmed, NFC-normalised reference
 */
public record ExternalReference(String value) {

    /** The most characters (Unicode code points) a reference may have. */
    public static final int MAX_LENGTH = 100;

    /**
     * Creates the reference after trimming and normalising it.
     *
     * @throws InvalidValueException with code {@code required} for a blank value, otherwise as
     *     {@link #parse(String)}
     */
    public ExternalReference {
        value = normalise(value);
    }

    /**
     * Parses an optional reference.
     *
     * @param raw the reference as received
     * @return the reference, or {@code null} when {@code raw} is null or blank
     * @throws InvalidValueException with code {@code too_long} (arguments: the maximum, the actual
     *     length) or {@code invalid_character} (arguments: the character as {@code U+XXXX}, its
     *     position)
     */
    public static ExternalReference parse(String raw) {
        if (Text.isBlank(raw)) {
            return null;
        }
        return new ExternalReference(raw);
    }

    /** Returns the reference itself. */
    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String raw) {
        if (Text.isBlank(raw)) {
            throw new InvalidValueException(ValidationCodes.REQUIRED);
        }

        String value = Text.nfc(Text.trim(raw));
        Text.rejectInvisibleCharacters(value, ValidationCodes.INVALID_CHARACTER);

        int length = Text.length(value);
        if (length > MAX_LENGTH) {
            throw new InvalidValueException(ValidationCodes.TOO_LONG, MAX_LENGTH, length);
        }
        return value;
    }
}

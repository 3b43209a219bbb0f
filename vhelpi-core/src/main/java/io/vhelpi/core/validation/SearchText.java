package io.vhelpi.core.validation;

/**
 * A text an operator searches the history for (a case number, an external reference). It is
 * normalised the way stored values are, trimmed and NFC, but never held to the rules of new values:
 * histories keep case numbers from before the 10-character rule.
 */
public final class SearchText {

    /** The most characters (Unicode code points) a search text may have. */
    public static final int MAX_LENGTH = 100;

    private SearchText() {}

    /**
     * Normalises a search text.
     *
     * @param raw the text as received
     * @return the trimmed, NFC-normalised text, or {@code null} when {@code raw} is null or blank
     * @throws InvalidValueException with code {@code too_long} (arguments: the maximum, the actual
     *     length) or {@code invalid_character} (arguments: the character as {@code U+XXXX}, its
     *     position)
     */
    public static String parse(String raw) {
        if (Text.isBlank(raw)) {
            return null;
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

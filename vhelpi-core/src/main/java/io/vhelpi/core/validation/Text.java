package io.vhelpi.core.validation;

import java.text.Normalizer;

/** Character rules shared by the value types of this package. */
final class Text {

    private Text() {}

    /** Removes surrounding white space, Unicode spaces such as the no-break space included. */
    static String trim(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.codePointAt(start))) {
            start += Character.charCount(raw.codePointAt(start));
        }
        while (end > start && isSpace(raw.codePointBefore(end))) {
            end -= Character.charCount(raw.codePointBefore(end));
        }
        return raw.substring(start, end);
    }

    static boolean isBlank(String raw) {
        return raw == null || trim(raw).isEmpty();
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Throws {@code code} for the first control, format, line or paragraph separator character, or
     * lone surrogate, naming the character and its one-based position.
     */
    static void rejectInvisibleCharacters(String text, String code) {
        int position = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            position++;
            int codePoint = text.codePointAt(i);
            if (isForbidden(codePoint)) {
                throw new InvalidValueException(code, label(codePoint), position);
            }
        }
    }

    /** Refuses carriage returns, line feeds and the Unicode line and paragraph separators. */
    static void rejectLineBreaks(String text, String code) {
        int position = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            position++;
            int codePoint = text.codePointAt(i);
            if (codePoint == '\r'
                    || codePoint == '\n'
                    || codePoint == 0x85
                    || codePoint == 0x2028
                    || codePoint == 0x2029) {
                throw new InvalidValueException(code, label(codePoint), position);
            }
        }
    }

    static String label(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    private static boolean isForbidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE ->
                    true;
            default -> false;
        };
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }
}

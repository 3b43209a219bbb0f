package io.vhelpi.core.sms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The GSM 03.38 rules for SMS text. A text is sent in the GSM 7-bit default alphabet when every
 * character belongs to it (its basic table or its extension table) and in UCS-2 otherwise, which
 * more than halves what fits in a segment. Hungarian needs á, í, ó, ő, ú and ű, which the alphabet
 * lacks (é, ö and ü it has), so {@link #transliterate(String)} offers to replace them.
 *
 * <p>Texts are compared after NFC normalisation, so an accent typed as a combining mark counts like
 * the precomposed letter.
 */
public final class SmsText {

    /** The basic table of the GSM 7-bit default alphabet, one septet each. */
    private static final String BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** The extension table: an escape septet and one more, two septets each. */
    private static final String EXTENSION = "\f^{}\\[~]|€";

    /** The Hungarian letters outside the alphabet, and what they become. */
    private static final String HUNGARIAN_FROM = "áíóőúűÁÍÓŐÚŰ";

    private static final String HUNGARIAN_TO = "aioöuüAIOÖUÜ";

    private SmsText() {}

    /**
     * Analyses a text as it is.
     *
     * @param text the text; {@code null} counts as empty
     * @return encoding, length and segments
     */
    public static SmsAnalysis analyse(String text) {
        String normalised = normalise(text);
        List<String> nonGsm = nonGsmCharacters(normalised);
        if (nonGsm.isEmpty()) {
            return gsm(normalised);
        }
        return ucs2(normalised, nonGsm);
    }

    /**
     * Analyses a text, transliterated first when asked.
     *
     * @param text the text; {@code null} counts as empty
     * @param transliterate whether to replace the Hungarian letters the alphabet lacks
     * @return encoding, length and segments of the text as it would be sent
     */
    public static SmsAnalysis analyse(String text, boolean transliterate) {
        return analyse(transliterate ? transliterate(text) : text);
    }

    /**
     * Replaces the Hungarian letters the GSM alphabet lacks by their nearest letter in it: á→a,
     * í→i, ó→o, ő→ö, ú→u, ű→ü, and the same for capitals. é, ö and ü are in the alphabet and stay;
     * every other character stays too.
     *
     * @param text the text; {@code null} gives an empty text
     * @return the NFC-normalised text with those letters replaced
     */
    public static String transliterate(String text) {
        String normalised = normalise(text);
        StringBuilder result = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            int hungarian = HUNGARIAN_FROM.indexOf(c);
            result.append(hungarian >= 0 ? HUNGARIAN_TO.charAt(hungarian) : c);
        }
        return result.toString();
    }

    /**
     * Returns how many septets a character takes in the GSM 7-bit alphabet.
     *
     * @param codePoint a Unicode code point
     * @return 1 for the basic table, 2 for the extension table, 0 when it is not in the alphabet
     */
    public static int septets(int codePoint) {
        if (codePoint > Character.MAX_VALUE) {
            return 0;
        }
        if (BASIC.indexOf(codePoint) >= 0) {
            return 1;
        }
        return EXTENSION.indexOf(codePoint) >= 0 ? 2 : 0;
    }

    private static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static List<String> nonGsmCharacters(String text) {
        Set<String> found = new LinkedHashSet<>();
        text.codePoints()
                .filter(c -> septets(c) == 0)
                .forEach(c -> found.add(new String(Character.toChars(c))));
        return new ArrayList<>(found);
    }

    /** Segments are filled septet by septet; an extension character is never split across two. */
    private static SmsAnalysis gsm(String text) {
        int[] septets = text.codePoints().map(SmsText::septets).toArray();
        return count(text, SmsEncoding.GSM_7BIT, septets, List.of());
    }

    /** Segments are filled code unit by code unit; a surrogate pair is never split across two. */
    private static SmsAnalysis ucs2(String text, List<String> nonGsm) {
        int[] units = text.codePoints().map(Character::charCount).toArray();
        return count(text, SmsEncoding.UCS2, units, nonGsm);
    }

    private static SmsAnalysis count(
            String text, SmsEncoding encoding, int[] characterUnits, List<String> nonGsm) {
        int total = 0;
        for (int units : characterUnits) {
            total += units;
        }
        if (total == 0) {
            return new SmsAnalysis(text, encoding, 0, 0, encoding.singleSegmentUnits(), nonGsm);
        }
        if (total <= encoding.singleSegmentUnits()) {
            return new SmsAnalysis(
                    text, encoding, total, 1, encoding.singleSegmentUnits() - total, nonGsm);
        }

        int capacity = encoding.multipartSegmentUnits();
        int segments = 1;
        int used = 0;
        for (int units : characterUnits) {
            if (used + units > capacity) {
                segments++;
                used = 0;
            }
            used += units;
        }
        return new SmsAnalysis(text, encoding, total, segments, capacity - used, nonGsm);
    }
}

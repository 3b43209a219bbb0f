package io.vhelpi.core.sms;

import java.util.List;

/**
 * What an SMS text costs: its encoding, its length in units of that encoding and its segments.
 *
 * @param text the text as it would be sent (transliterated, when that was asked for)
 * @param encoding GSM 7-bit when every character is in the GSM alphabet, otherwise UCS-2
 * @param units septets for GSM 7-bit (extension characters count two), UTF-16 code units for UCS-2
 *     (a character outside the Basic Multilingual Plane, such as an emoji, counts two)
 * @param segments how many messages the text is split into; 0 for an empty text
 * @param unitsLeft how many more units fit before another segment is needed
 * @param nonGsmCharacters the distinct characters that force UCS-2, in order of appearance; empty
 *     for GSM 7-bit
 */
public record SmsAnalysis(
        String text,
        SmsEncoding encoding,
        int units,
        int segments,
        int unitsLeft,
        List<String> nonGsmCharacters) {

    /** Copies the list so that the analysis cannot change afterwards. */
    public SmsAnalysis {
        nonGsmCharacters = List.copyOf(nonGsmCharacters);
    }

    /**
     * Returns whether the text fits one segment.
     *
     * @return true for one segment (or an empty text)
     */
    public boolean fitsOneSegment() {
        return segments <= 1;
    }
}

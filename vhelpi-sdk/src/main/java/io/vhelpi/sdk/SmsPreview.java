package io.vhelpi.sdk;

import io.vhelpi.core.sms.SmsAnalysis;
import io.vhelpi.core.sms.SmsText;

/**
 * What an SMS text will cost before it is sent, for a host system that shows the operator a
 * preview: the encoding (GSM 7-bit or UCS-2), the length in that encoding and the number of
 * segments. The server counts with the same rules when it sends an invitation.
 *
 * <pre>{@code
 * SmsAnalysis preview = SmsPreview.analyse(text, true);
 * label.setText(preview.segments() + " SMS, " + preview.unitsLeft() + " characters left");
 * }</pre>
 */
public final class SmsPreview {

    private SmsPreview() {}

    /**
     * Analyses a text as it is.
     *
     * @param text the SMS text; {@code null} counts as empty
     * @return encoding, length and segments
     */
    public static SmsAnalysis analyse(String text) {
        return SmsText.analyse(text);
    }

    /**
     * Analyses a text as an organisation that has chosen transliteration would send it: á, í, ó, ő,
     * ú and ű (and their capitals) become a, i, o, ö, u and ü, so that Hungarian text fits the GSM
     * 7-bit alphabet.
     *
     * @param text the SMS text; {@code null} counts as empty
     * @param transliterate whether the Hungarian letters the alphabet lacks are replaced
     * @return encoding, length and segments of the text as it would be sent
     */
    public static SmsAnalysis analyse(String text, boolean transliterate) {
        return SmsText.analyse(text, transliterate);
    }

    /**
     * The text with the Hungarian letters the GSM 7-bit alphabet lacks replaced.
     *
     * @param text the SMS text; {@code null} gives an empty text
     * @return the transliterated text
     */
    public static String transliterate(String text) {
        return SmsText.transliterate(text);
    }
}

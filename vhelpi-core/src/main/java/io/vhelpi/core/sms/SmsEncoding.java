package io.vhelpi.core.sms;

/** How the characters of an SMS travel. */
public enum SmsEncoding {
    /**
     * The GSM 03.38 default alphabet: 7 bits a character (two for the extension characters), 160
     * characters in one segment, 153 in each segment of a longer text.
     */
    GSM_7BIT(160, 153),

    /** UCS-2: 16 bits a character, 70 characters in one segment, 67 in each of a longer text. */
    UCS2(70, 67);

    private final int singleSegmentUnits;
    private final int multipartSegmentUnits;

    SmsEncoding(int singleSegmentUnits, int multipartSegmentUnits) {
        this.singleSegmentUnits = singleSegmentUnits;
        this.multipartSegmentUnits = multipartSegmentUnits;
    }

    /**
     * Returns how many units (septets or UTF-16 code units) fit in a text of one segment.
     *
     * @return 160 for GSM 7-bit, 70 for UCS-2
     */
    public int singleSegmentUnits() {
        return singleSegmentUnits;
    }

    /**
     * Returns how many units fit in each segment of a text of several segments; the rest of the
     * segment carries the header that joins them.
     *
     * @return 153 for GSM 7-bit, 67 for UCS-2
     */
    public int multipartSegmentUnits() {
        return multipartSegmentUnits;
    }
}

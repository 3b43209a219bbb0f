package io.vhelpi.core.validation;

import io.vhelpi.core.privacy.Masking;

/**
 * A valid Hungarian mobile number (operator code 20, 30, 31, 50 or 70 and seven digits), kept in
 * E.164 form. Its {@code toString()} is masked, because a phone number is personal data.
 *
 * @param e164 the number in E.164 form, e.g. {@code +36306167347}
 */
public record PhoneNumber(String e164) {

    /**
     * Creates the number from any accepted notation and normalises it to E.164.
     *
     * @throws InvalidValueException if it is not a valid Hungarian mobile number
     */
    public PhoneNumber {
        e164 = HungarianMobileNumbers.toE164(e164);
    }

    /**
     * Parses a Hungarian mobile number written with {@code +36}, {@code 06} or {@code 0036} and any
     * spaces, dashes, dots or parentheses, e.g. {@code +36 30 616 7347} or {@code 06306167347}.
     *
     * @param raw the number as the customer or operator wrote it
     * @return the number
     * @throws InvalidValueException with code {@code required}, {@code phone_invalid}, {@code
     *     phone_not_hungarian}, {@code phone_not_mobile}, {@code phone_too_short} or {@code
     *     phone_too_long}
     */
    public static PhoneNumber parseHungarianMobile(String raw) {
        return new PhoneNumber(raw);
    }

    /**
     * Returns the number grouped for reading, e.g. {@code +36 30 616 7347}.
     *
     * @return the international notation
     */
    public String international() {
        return "+36 " + e164.substring(3, 5) + " " + e164.substring(5, 8) + " " + e164.substring(8);
    }

    /**
     * Returns the number masked for logs, e.g. {@code +36 30 *** **47}.
     *
     * @return the masked number
     */
    public String masked() {
        return Masking.phone(e164);
    }

    /** Returns the masked number. */
    @Override
    public String toString() {
        return masked();
    }
}

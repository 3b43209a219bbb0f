package io.vhelpi.core.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Set;

/**
 * Turns a phone number as a person writes it into the E.164 form of a Hungarian mobile number, or
 * says precisely why it is not one.
 */
final class HungarianMobileNumbers {

    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
    private static final Set<String> MOBILE_PREFIXES = Set.of("20", "30", "31", "50", "70");
    private static final int MOBILE_DIGITS = 9;
    private static final int SHORTEST_NATIONAL_DIGITS = 8;

    private HungarianMobileNumbers() {}

    static String toE164(String raw) {
        if (Text.isBlank(raw)) {
            throw new InvalidValueException(ValidationCodes.REQUIRED);
        }

        String digits = digitsOf(Text.trim(raw));
        String national = nationalDigits(digits);
        return hungarianMobile(national);
    }

    /** Keeps the digits and a leading {@code +}; only separators may be dropped. */
    private static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder();
        boolean seenPlus = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && !seenPlus && digits.length() == 0) {
                seenPlus = true;
                digits.append(c);
            } else if (!isSeparator(c)) {
                throw new InvalidValueException(ValidationCodes.PHONE_INVALID, "character");
            }
        }
        if (digits.length() == 0 || digits.toString().equals("+")) {
            throw new InvalidValueException(ValidationCodes.PHONE_INVALID);
        }
        return digits.toString();
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.getType(c) == Character.DASH_PUNCTUATION
                || c == '.'
                || c == '('
                || c == ')';
    }

    /** Strips the Hungarian prefix; a foreign country code or a missing prefix is an error. */
    private static String nationalDigits(String digits) {
        String national;
        if (digits.startsWith("+36")) {
            national = digits.substring(3);
        } else if (digits.startsWith("0036")) {
            national = digits.substring(4);
        } else if (digits.startsWith("+0")) {
            throw new InvalidValueException(ValidationCodes.PHONE_INVALID, "prefix");
        } else if (digits.startsWith("+")) {
            throw foreign(digits.substring(1));
        } else if (digits.startsWith("00")) {
            throw foreign(digits.substring(2));
        } else if (digits.startsWith("06")) {
            national = digits.substring(2);
        } else {
            throw new InvalidValueException(ValidationCodes.PHONE_INVALID, "prefix");
        }

        // "+36 06 30 ..." writes the country code and the trunk prefix together.
        if (national.startsWith("0")) {
            throw new InvalidValueException(ValidationCodes.PHONE_INVALID, "prefix");
        }
        return national;
    }

    private static InvalidValueException foreign(String internationalDigits) {
        try {
            Phonenumber.PhoneNumber number = PHONE_NUMBERS.parse("+" + internationalDigits, "ZZ");
            int countryCode = number.getCountryCode();
            String region = PHONE_NUMBERS.getRegionCodeForCountryCode(countryCode);
            return new InvalidValueException(
                    ValidationCodes.PHONE_NOT_HUNGARIAN, "+" + countryCode, region);
        } catch (NumberParseException e) {
            return new InvalidValueException(ValidationCodes.PHONE_INVALID);
        }
    }

    private static String hungarianMobile(String national) {
        int length = national.length();
        boolean mobilePrefix = length >= 2 && MOBILE_PREFIXES.contains(national.substring(0, 2));
        if (mobilePrefix || length < SHORTEST_NATIONAL_DIGITS || length > MOBILE_DIGITS) {
            checkMobileLength(length);
        }

        Phonenumber.PhoneNumber number = parseHungarian(national);
        PhoneNumberType type =
                PHONE_NUMBERS.isValidNumber(number)
                        ? PHONE_NUMBERS.getNumberType(number)
                        : PhoneNumberType.UNKNOWN;
        boolean mobileType =
                type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;

        // Both must agree: the metadata's type and the operator codes of the manual.
        if (mobilePrefix && mobileType) {
            return "+36" + national;
        }
        if (mobilePrefix) {
            throw new InvalidValueException(ValidationCodes.PHONE_INVALID);
        }
        throw new InvalidValueException(ValidationCodes.PHONE_NOT_MOBILE, kindOf(type));
    }

    private static void checkMobileLength(int length) {
        if (length < MOBILE_DIGITS) {
            throw new InvalidValueException(ValidationCodes.PHONE_TOO_SHORT, length);
        }
        if (length > MOBILE_DIGITS) {
            throw new InvalidValueException(ValidationCodes.PHONE_TOO_LONG, length);
        }
    }

    private static Phonenumber.PhoneNumber parseHungarian(String national) {
        try {
            return PHONE_NUMBERS.parse("+36" + national, "HU");
        } catch (NumberParseException e) {
            throw new InvalidValueException(ValidationCodes.PHONE_INVALID);
        }
    }

    private static String kindOf(PhoneNumberType type) {
        return switch (type) {
            case FIXED_LINE -> "landline";
            case VOIP -> "voip";
            case TOLL_FREE, PREMIUM_RATE, SHARED_COST, UAN, VOICEMAIL, PAGER, PERSONAL_NUMBER ->
                    "service";
            default -> "other";
        };
    }
}

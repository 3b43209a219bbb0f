package io.vhelpi.core.validation;

import java.util.List;

/** The field error codes of the REST contract, each with a message in every language. */
public final class ValidationCodes {

    /** A required value is missing or blank. */
    public static final String REQUIRED = "required";

    /** A value is given that the chosen channel does not allow; argument: the channel. */
    public static final String NOT_ALLOWED = "not_allowed";

    /** The value is not one of the allowed values; argument: the allowed values. */
    public static final String INVALID_VALUE = "invalid_value";

    /** The phone number is malformed; optional first argument: the kind of problem. */
    public static final String PHONE_INVALID = "phone_invalid";

    /** The phone number belongs to another country; arguments: calling code, region code. */
    public static final String PHONE_NOT_HUNGARIAN = "phone_not_hungarian";

    /** The phone number is Hungarian but not a mobile number; argument: its kind. */
    public static final String PHONE_NOT_MOBILE = "phone_not_mobile";

    /** The phone number has too few digits; argument: the national digits it has. */
    public static final String PHONE_TOO_SHORT = "phone_too_short";

    /** The phone number has too many digits; argument: the national digits it has. */
    public static final String PHONE_TOO_LONG = "phone_too_long";

    /** The case number is not exactly ten characters; argument: the characters it has. */
    public static final String CASE_NUMBER_LENGTH = "case_number_length";

    /** The case number holds a forbidden character; arguments: the character, its position. */
    public static final String CASE_NUMBER_INVALID_CHARACTER = "case_number_invalid_character";

    /** The e-mail address is malformed; optional first argument: the kind of problem. */
    public static final String EMAIL_INVALID = "email_invalid";

    /** The value is too long; arguments: the maximum and the actual length. */
    public static final String TOO_LONG = "too_long";

    /** The value holds a forbidden character; arguments: the character, its position. */
    public static final String INVALID_CHARACTER = "invalid_character";

    /** The value has the wrong JSON type: a string was expected. */
    public static final String INVALID_TYPE = "invalid_type";

    /** Every field error code, in the order of the REST contract. */
    public static final List<String> ALL =
            List.of(
                    REQUIRED,
                    NOT_ALLOWED,
                    INVALID_VALUE,
                    PHONE_INVALID,
                    PHONE_NOT_HUNGARIAN,
                    PHONE_NOT_MOBILE,
                    PHONE_TOO_SHORT,
                    PHONE_TOO_LONG,
                    CASE_NUMBER_LENGTH,
                    CASE_NUMBER_INVALID_CHARACTER,
                    EMAIL_INVALID,
                    TOO_LONG,
                    INVALID_CHARACTER,
                    INVALID_TYPE);

    private ValidationCodes() {}
}

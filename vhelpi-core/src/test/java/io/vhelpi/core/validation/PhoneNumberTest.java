package io.vhelpi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "\"{0}\" is accepted as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "+36 30 616 7347    | +36306167347",
                "+36306167347       | +36306167347",
                "06306167347        | +36306167347",
                "06 20 7737884      | +36207737884",
                "0036 30 616 7347   | +36306167347",
                "(06) 30-616-7347   | +36306167347",
                "+36.70.123.4567    | +36701234567",
                "06 50 123 4567     | +36501234567",
                "06 31 123 4567     | +36311234567",
                "'  +36 30 616 7347 ' | +36306167347",
                "+36-30-616-7347    | +36306167347",
                "(+36) 30 616 7347  | +36306167347",
            })
    void everyNotationOfTheManualIsAcceptedAndStoredAsE164(String raw, String e164) {
        assertThat(PhoneNumber.parseHungarianMobile(raw).e164()).isEqualTo(e164);
    }

    @Test
    void noBreakSpacesAndEnDashesCountAsSeparators() {
        assertThat(PhoneNumber.parseHungarianMobile("+36\u00a030\u2013616\u00a07347").e164())
                .isEqualTo("+36306167347");
    }

    @Test
    void manualsCompactExampleLacksADigitAndIsRejectedAsTooShort() {
        assertThatThrownBy(() -> PhoneNumber.parseHungarianMobile("+3630552735"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> {
                            assertThat(e.code()).isEqualTo("phone_too_short");
                            assertThat(e.args()).containsExactly(8);
                        });
    }

    @ParameterizedTest(name = "\"{0}\" is rejected with {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "06 1 234 5678        | phone_not_mobile    | landline",
                "+36 1 234 5678       | phone_not_mobile    | landline",
                "06 22 123 456        | phone_not_mobile    | landline",
                "06 21 123 4567       | phone_not_mobile    | voip",
                "06 80 123 456        | phone_not_mobile    | service",
                "06 90 123 456        | phone_not_mobile    | service",
                "+44 7911 123456      | phone_not_hungarian | +44",
                "+49 151 12345678     | phone_not_hungarian | +49",
                "0049 151 12345678    | phone_not_hungarian | +49",
                "06 30 616 734        | phone_too_short     | 8",
                "06 30 12345          | phone_too_short     | 7",
                "+36                  | phone_too_short     | 0",
                "06 1 234 567         | phone_too_short     | 7",
                "06 30 616 73471      | phone_too_long      | 10",
                "+36 70 1234 5678     | phone_too_long      | 10",
                "06 30 ABC DEFG       | phone_invalid       | character",
                "abc                  | phone_invalid       | character",
                "06 30 616 7347 ext 1 | phone_invalid       | character",
                "30 616 7347          | phone_invalid       | prefix",
                "+36 06 30 616 7347   | phone_invalid       | prefix",
                "+06 30 616 7347      | phone_invalid       | prefix",
                "- ( ) .              | phone_invalid       | ",
            })
    void invalidNumbersAreRejectedWithAPreciseCode(String raw, String code, String firstArg) {
        assertThatThrownBy(() -> PhoneNumber.parseHungarianMobile(raw))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> {
                            assertThat(e.code()).isEqualTo(code);
                            if (firstArg == null) {
                                assertThat(e.args()).isEmpty();
                            } else {
                                assertThat(String.valueOf(e.args()[0])).isEqualTo(firstArg);
                            }
                        });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00a0"})
    void missingNumberIsRequired(String raw) {
        assertThatThrownBy(() -> PhoneNumber.parseHungarianMobile(raw))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("required"));
    }

    @Test
    void landlineMessageSaysItIsALandlineInBothLanguages() {
        InvalidValueException e = rejection("06 1 234 5678");

        assertThat(e.getMessage())
                .isEqualTo("The phone number is a Hungarian landline, not a mobile number.");
        assertThat(e.message(new Locale("hu")))
                .isEqualTo("A telefonszám magyar vezetékes szám, nem mobilszám.");
    }

    @Test
    void foreignNumberMessageNamesTheCountry() {
        InvalidValueException e = rejection("+49 151 12345678");

        assertThat(e.args()).containsExactly("+49", "DE");
        assertThat(e.getMessage())
                .isEqualTo(
                        "The phone number is a foreign number from Germany (+49); only Hungarian"
                                + " mobile numbers are accepted.");
        assertThat(e.message(new Locale("hu")))
                .isEqualTo(
                        "A telefonszám külföldi (Németország, +49); csak magyar mobilszám adható"
                                + " meg.");
    }

    @Test
    void tooShortMessageCountsTheDigits() {
        assertThat(rejection("+3630552735").getMessage())
                .isEqualTo(
                        "The phone number is too short: a Hungarian mobile number has 9 digits"
                                + " after +36 or 06; it has 8.");
    }

    @Test
    void numberIsShownMaskedAndGroupedOnRequest() {
        PhoneNumber phone = PhoneNumber.parseHungarianMobile("06 30 616 7347");

        assertThat(phone.masked()).isEqualTo("+36 30 *** **47");
        assertThat(phone).hasToString("+36 30 *** **47");
        assertThat(phone.international()).isEqualTo("+36 30 616 7347");
    }

    @Test
    void constructorAppliesTheSameRules() {
        assertThat(new PhoneNumber("06-20-773-7884")).isEqualTo(new PhoneNumber("+36207737884"));
        assertThatThrownBy(() -> new PhoneNumber("+3612345678"))
                .isInstanceOf(InvalidValueException.class);
    }

    private static InvalidValueException rejection(String raw) {
        try {
            PhoneNumber.parseHungarianMobile(raw);
        } catch (InvalidValueException e) {
            return e;
        }
        throw new AssertionError("accepted " + raw);
    }
}

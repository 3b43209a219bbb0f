package io.vhelpi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ValidationMessagesTest {

    private static final Locale HUNGARIAN = new Locale("hu", "HU");

    static Iterable<String> codes() {
        return ValidationCodes.ALL;
    }

    @ParameterizedTest
    @MethodSource("codes")
    void everyCodeHasAnEnglishAndAHungarianMessage(String code) {
        assertThat(ValidationMessages.hasMessage(code)).isTrue();

        String english = ValidationMessages.message(code, Locale.ENGLISH, 7, 8);
        String hungarian = ValidationMessages.message(code, HUNGARIAN, 7, 8);

        assertThat(english).isNotBlank().isNotEqualTo(code).doesNotContain("{");
        assertThat(hungarian).isNotBlank().isNotEqualTo(english).doesNotContain("{");
    }

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        assertThat(load("messages_hu.properties").keySet())
                .isEqualTo(load("messages.properties").keySet());
    }

    @Test
    void hungarianBundleIsReadAsUtf8() {
        assertThat(ValidationMessages.message("case_number_length", HUNGARIAN, 7))
                .isEqualTo(
                        "Az ügyszámnak pontosan 10 karakter hosszúnak kell lennie; a megadott 7"
                                + " karakteres.");
    }

    @Test
    void unknownOrMissingLocaleGetsEnglish() {
        String english = "The case number must be exactly 10 characters long; it has 7.";

        assertThat(ValidationMessages.message("case_number_length", Locale.GERMAN, 7))
                .isEqualTo(english);
        assertThat(ValidationMessages.message("case_number_length", null, 7)).isEqualTo(english);
    }

    @Test
    void variantMessageIsChosenByTheFirstArgument() {
        assertThat(ValidationMessages.message("phone_not_mobile", Locale.ENGLISH, "voip"))
                .isEqualTo(
                        "The phone number is a Hungarian internet (VoIP) number, not a mobile"
                                + " number.");
        assertThat(ValidationMessages.message("phone_not_mobile", Locale.ENGLISH, "unheard-of"))
                .startsWith("The phone number is not a Hungarian mobile number");
    }

    @Test
    void foreignNumberWithoutCountryNamesTheCallingCode() {
        assertThat(ValidationMessages.message("phone_not_hungarian", Locale.ENGLISH, "+800", "001"))
                .isEqualTo(
                        "The phone number is a foreign number (+800); only Hungarian mobile"
                                + " numbers are accepted.");
    }

    @Test
    void unknownCodeIsReturnedAsItIs() {
        assertThat(ValidationMessages.message("no_such_code", Locale.ENGLISH))
                .isEqualTo("no_such_code");
    }

    @Test
    void exceptionArgumentsAreCopies() {
        InvalidValueException e = new InvalidValueException("too_long", 100, 101);

        e.args()[0] = 5;

        assertThat(e.args()).containsExactly(100, 101);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessages.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

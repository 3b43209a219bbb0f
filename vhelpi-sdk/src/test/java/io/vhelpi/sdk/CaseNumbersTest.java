package io.vhelpi.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.vhelpi.sdk.errors.FieldError;
import io.vhelpi.sdk.errors.ValidationFailedException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CaseNumbersTest {

    private static final Locale HUNGARIAN = Locale.forLanguageTag("hu");

    @Test
    void a_random_case_number_has_ten_characters_without_look_alikes() {
        for (int i = 0; i < 200; i++) {
            String caseNumber = CaseNumbers.random();

            assertThat(caseNumber).hasSize(10).matches("[2-9A-HJKMNP-Z]{10}");
            assertThat(CaseNumbers.isValid(caseNumber)).isTrue();
        }
    }

    @Test
    void a_nine_character_case_number_is_explained_in_english_and_hungarian() {
        assertThat(CaseNumbers.isValid("KAR202500")).isFalse();
        assertThat(CaseNumbers.problem("KAR202500", Locale.ENGLISH)).isPresent();
        assertThat(CaseNumbers.problem("KAR202500", HUNGARIAN)).isPresent();
        assertThat(CaseNumbers.problem("KAR202500", HUNGARIAN).get())
                .isNotEqualTo(CaseNumbers.problem("KAR202500", Locale.ENGLISH).get());
    }

    @Test
    void accented_letters_count_as_one_character_and_surrounding_spaces_are_trimmed() {
        assertThat(CaseNumbers.validate("  ÁRVÍZTŰRŐ1  ", Locale.ENGLISH)).isEqualTo("ÁRVÍZTŰRŐ1");
        assertThat(CaseNumbers.problem("ÁRVÍZTŰRŐ1", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void an_invalid_case_number_is_refused_with_a_field_error_on_case_number() {
        ValidationFailedException refused =
                catchThrowableOfType(
                        ValidationFailedException.class,
                        () -> CaseNumbers.validate("KAR\n202500", Locale.ENGLISH));

        assertThat(refused.httpStatus()).isZero();
        assertThat(refused.fieldErrors())
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("caseNumber", "case_number_invalid_character"));
    }
}

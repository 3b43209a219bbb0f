package io.vhelpi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void aCaseNumberFromBeforeTheTenCharacterRuleIsSearchedAsItIs() {
        assertThat(SearchText.parse("#34243")).isEqualTo("#34243");
        assertThat(SearchText.parse("  #szabika teszt ")).isEqualTo("#szabika teszt");
    }

    @Test
    void decomposedAccentsAreSearchedInTheirComposedForm() {
        assertThat(SearchText.parse("KA\u0301R-2025/1")).isEqualTo("KÁR-2025/1");
    }

    @Test
    void aBlankSearchMeansNoSearch() {
        assertThat(SearchText.parse(null)).isNull();
        assertThat(SearchText.parse(" \u00a0 ")).isNull();
    }

    @Test
    void aLineBreakIsRejectedWithItsPosition() {
        InvalidValueException e =
                catchThrowableOfType(InvalidValueException.class, () -> SearchText.parse("AB\nC"));

        assertThat(e.code()).isEqualTo("invalid_character");
        assertThat(e.args()).containsExactly("U+000A", 3);
    }

    @Test
    void aTextLongerThanAHundredCharactersIsRejected() {
        InvalidValueException e =
                catchThrowableOfType(
                        InvalidValueException.class, () -> SearchText.parse("x".repeat(101)));

        assertThat(e.code()).isEqualTo("too_long");
        assertThat(e.args()).containsExactly(100, 101);
    }
}

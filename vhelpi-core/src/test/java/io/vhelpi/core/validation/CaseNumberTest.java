package io.vhelpi.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

    @Test
    void tenCharactersAreAccepted() {
        assertThat(CaseNumber.parse("KAR2025001").value()).isEqualTo("KAR2025001");
    }

    @Test
    void surroundingWhiteSpaceIncludingNoBreakSpaceIsTrimmed() {
        assertThat(CaseNumber.parse("\u00a0 KAR2025001\t\u202f").value()).isEqualTo("KAR2025001");
    }

    @Test
    void decomposedAccentedLettersCountAsOneCharacter() {
        CaseNumber caseNumber = CaseNumber.parse("A\u0301rvi\u0301ztu\u030br12");

        assertThat(caseNumber.value()).isEqualTo("\u00c1rv\u00edzt\u0171r12");
        assertThat(caseNumber.value()).hasSize(10);
    }

    @Test
    void decomposedTextOfTenUtf16UnitsCountsAsSevenCharacters() {
        String decomposed = "A\u0301rvi\u0301ztu\u030b";

        assertThat(decomposed).hasSize(10);
        assertThat(rejection(decomposed).args()).containsExactly(7);
    }

    @Test
    void emojiCountsAsOneCharacter() {
        assertThat(CaseNumber.parse("KAR202500\uD83D\uDE97").value()).isEqualTo("KAR202500🚗");
    }

    @Test
    void interiorSpacesAreCharactersLikeAnyOther() {
        assertThat(CaseNumber.parse("KAR 2025 1").value()).isEqualTo("KAR 2025 1");
    }

    @ParameterizedTest(name = "\"{0}\" has {1} characters")
    @CsvSource({"KAR2025, 7", "KAR20250011, 11", "#34243, 6", "#szabika teszt, 14"})
    void otherLengthsAreRejectedWithTheActualCount(String raw, int length) {
        assertThatThrownBy(() -> CaseNumber.parse(raw))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> {
                            assertThat(e.code()).isEqualTo("case_number_length");
                            assertThat(e.args()).containsExactly(length);
                        });
    }

    @Test
    void lengthMessageSaysHowLongItIsInBothLanguages() {
        InvalidValueException e = rejection("KAR2025");

        assertThat(e.getMessage())
                .isEqualTo("The case number must be exactly 10 characters long; it has 7.");
        assertThat(e.message(new Locale("hu")))
                .isEqualTo(
                        "Az ügyszámnak pontosan 10 karakter hosszúnak kell lennie; a megadott 7"
                                + " karakteres.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "KAR20\t2501",
                "KAR20\n2501",
                "KAR20\r2501",
                "KAR20\u00002501",
                "KAR20\u200b2501",
                "KAR20\u20282501",
                "KAR20\u20292501",
                "KAR20\u00ad2501",
            })
    void controlFormatAndLineBreakCharactersAreRejected(String raw) {
        InvalidValueException e = rejection(raw);

        assertThat(e.code()).isEqualTo("case_number_invalid_character");
        assertThat(e.args()[1]).isEqualTo(6);
    }

    @Test
    void invalidCharacterIsNamedByItsCodePoint() {
        assertThat(rejection("KAR20\t2501").args()).containsExactly("U+0009", 6);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u00a0\u00a0"})
    void missingCaseNumberIsRequired(String raw) {
        assertThat(rejection(raw).code()).isEqualTo("required");
    }

    @RepeatedTest(20)
    void randomCaseNumberHasTenCharactersFromTheAlphabetAndParses() {
        CaseNumber random = CaseNumber.random();

        assertThat(random.value()).hasSize(10).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}");
        assertThat(CaseNumber.parse(random.value())).isEqualTo(random);
    }

    @Test
    void randomCaseNumberAvoidsLookAlikes() {
        RandomGenerator rng = new SplittableRandom(42);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            all.append(CaseNumber.random(rng).value());
        }

        assertThat(all.toString()).doesNotContain("0", "O", "1", "I", "L");
        assertThat(all.chars().distinct().count()).isEqualTo(31);
    }

    @Test
    void randomCaseNumberUsesTheGivenSource() {
        assertThat(CaseNumber.random(new SplittableRandom(7)))
                .isEqualTo(CaseNumber.random(new SplittableRandom(7)));
    }

    @Test
    void toStringShowsTheCaseNumber() {
        assertThat(CaseNumber.parse("KAR2025001")).hasToString("KAR2025001");
    }

    private static InvalidValueException rejection(String raw) {
        try {
            CaseNumber.parse(raw);
        } catch (InvalidValueException e) {
            return e;
        }
        throw new AssertionError("accepted " + raw);
    }
}

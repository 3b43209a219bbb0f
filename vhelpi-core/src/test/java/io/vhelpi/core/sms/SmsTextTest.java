package io.vhelpi.core.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmsTextTest {

    @ParameterizedTest(name = "{0} (transliterated: {1})")
    @CsvSource(
            delimiter = '|',
            value = {
                "Holnap 10-kor érkezünk.                | false | Holnap 10-kor érkezünk."
                        + "                | GSM_7BIT | 23 | 1 | 137",
                "Árvíztűrő tükörfúrógép                 | false | Árvíztűrő tükörfúrógép"
                        + "                 | UCS2     | 22 | 1 | 48",
                "Árvíztűrő tükörfúrógép                 | true  | Arviztürö tükörfurogép"
                        + "                 | GSM_7BIT | 22 | 1 | 138",
                "ÁRVÍZTŰRŐ TÜKÖRFÚRÓGÉP                 | true  | ARVIZTÜRÖ TÜKÖRFUROGÉP"
                        + "                 | GSM_7BIT | 22 | 1 | 138",
                "Tisztelt Ügyfelünk, a kárbejelentését rögzítettük. | false | Tisztelt Ügyfelünk, a"
                        + " kárbejelentését rögzítettük. | UCS2 | 50 | 1 | 20",
                "Tisztelt Ügyfelünk, a kárbejelentését rögzítettük. | true | Tisztelt Ügyfelünk, a"
                        + " karbejelentését rögzitettük. | GSM_7BIT | 50 | 1 | 110",
                "Díj: 5000 € {ÁFA}                      | true  | Dij: 5000 € {AFA}"
                        + "                      | GSM_7BIT | 20 | 1 | 140",
                "Köszönjük 👍                            | true  | Köszönjük 👍"
                        + "                            | UCS2     | 12 | 1 | 58",
            })
    void realHungarianTextsAreCountedInTheirEncoding(
            String text,
            boolean transliterate,
            String sent,
            SmsEncoding encoding,
            int units,
            int segments,
            int unitsLeft) {
        SmsAnalysis analysis = SmsText.analyse(text, transliterate);

        assertThat(analysis.text()).isEqualTo(sent);
        assertThat(analysis.encoding()).isEqualTo(encoding);
        assertThat(analysis.units()).isEqualTo(units);
        assertThat(analysis.segments()).isEqualTo(segments);
        assertThat(analysis.unitsLeft()).isEqualTo(unitsLeft);
    }

    @Test
    void theLettersThatForceUcs2AreNamedInOrderOfAppearance() {
        SmsAnalysis analysis = SmsText.analyse("Árvíztűrő tükörfúrógép – köszönjük");

        assertThat(analysis.nonGsmCharacters()).containsExactly("Á", "í", "ű", "ő", "ú", "ó", "–");
    }

    @Test
    void transliterationKeepsTheLettersTheAlphabetHas() {
        assertThat(SmsText.transliterate("áéíóöőúüű ÁÉÍÓÖŐÚÜŰ")).isEqualTo("aéioööuüü AÉIOÖÖUÜÜ");
    }

    @Test
    void anAccentTypedAsACombiningMarkCountsLikeTheComposedLetter() {
        String decomposed = "ka\u0301rszemle";

        assertThat(SmsText.transliterate(decomposed)).isEqualTo("karszemle");
        assertThat(SmsText.analyse(decomposed).units()).isEqualTo(9);
        assertThat(SmsText.analyse(decomposed).nonGsmCharacters()).containsExactly("á");
    }

    @Test
    void oneHundredSixtyGsmCharactersFitOneSegmentAndOneMoreNeedsTwo() {
        SmsAnalysis full = SmsText.analyse("a".repeat(160));
        SmsAnalysis over = SmsText.analyse("a".repeat(161));

        assertThat(full.segments()).isEqualTo(1);
        assertThat(full.unitsLeft()).isZero();
        assertThat(over.segments()).isEqualTo(2);
        assertThat(over.unitsLeft()).isEqualTo(2 * 153 - 161);
    }

    @Test
    void extensionCharactersTakeTwoSeptets() {
        SmsAnalysis analysis = SmsText.analyse("a".repeat(158) + "€");

        assertThat(analysis.units()).isEqualTo(160);
        assertThat(analysis.segments()).isEqualTo(1);
        assertThat(SmsText.analyse("a".repeat(159) + "€").segments()).isEqualTo(2);
    }

    @Test
    void anExtensionCharacterIsNeverSplitAcrossTwoSegments() {
        SmsAnalysis analysis = SmsText.analyse("a".repeat(152) + "€" + "a".repeat(152));

        assertThat(analysis.units()).isEqualTo(306);
        assertThat(analysis.segments()).isEqualTo(3);
        assertThat(analysis.unitsLeft()).isEqualTo(152);
    }

    @Test
    void seventyUcs2CharactersFitOneSegmentAndOneMoreNeedsTwo() {
        assertThat(SmsText.analyse("ő".repeat(70)).segments()).isEqualTo(1);

        SmsAnalysis over = SmsText.analyse("ő".repeat(71));
        assertThat(over.encoding()).isEqualTo(SmsEncoding.UCS2);
        assertThat(over.segments()).isEqualTo(2);
        assertThat(over.unitsLeft()).isEqualTo(2 * 67 - 71);
    }

    @Test
    void anEmojiIsNeverSplitAcrossTwoSegments() {
        SmsAnalysis analysis = SmsText.analyse("ő".repeat(66) + "👍" + "ő".repeat(10));

        assertThat(analysis.units()).isEqualTo(78);
        assertThat(analysis.segments()).isEqualTo(2);
        assertThat(analysis.unitsLeft()).isEqualTo(67 - 12);
    }

    @Test
    void anEmptyTextHasNoSegment() {
        SmsAnalysis analysis = SmsText.analyse(null);

        assertThat(analysis.text()).isEmpty();
        assertThat(analysis.segments()).isZero();
        assertThat(analysis.nonGsmCharacters()).isEqualTo(List.of());
    }

    @Test
    void septetsOfBasicExtensionAndForeignCharacters() {
        assertThat(SmsText.septets('é')).isEqualTo(1);
        assertThat(SmsText.septets('Ü')).isEqualTo(1);
        assertThat(SmsText.septets('\n')).isEqualTo(1);
        assertThat(SmsText.septets('€')).isEqualTo(2);
        assertThat(SmsText.septets('\\')).isEqualTo(2);
        assertThat(SmsText.septets('á')).isZero();
        assertThat(SmsText.septets('`')).isZero();
        assertThat(SmsText.septets(0x1F44D)).isZero();
    }
}

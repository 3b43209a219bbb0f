package io.vhelpi.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.vhelpi.core.sms.SmsAnalysis;
import io.vhelpi.core.sms.SmsEncoding;
import org.junit.jupiter.api.Test;

class SmsPreviewTest {

    private static final String INVITATION =
            "Példa Biztosító: videós kárszemle, ügyszám KAR2025001. Nyissa meg a telefonja"
                    + " böngészőjében: https://vhelpi.example.hu/j/4V9kq0ZbT2mXc8RwLp3sYd7N";

    @Test
    void anAccentedInvitationTakesThreeUcs2Segments() {
        SmsAnalysis preview = SmsPreview.analyse(INVITATION);

        assertThat(preview.encoding()).isEqualTo(SmsEncoding.UCS2);
        assertThat(preview.units()).isEqualTo(145);
        assertThat(preview.segments()).isEqualTo(3);
        assertThat(preview.nonGsmCharacters()).containsExactly("í", "ó", "á", "ő");
    }

    @Test
    void theTransliteratedInvitationFitsOneGsmSegment() {
        SmsAnalysis preview = SmsPreview.analyse(INVITATION, true);

        assertThat(preview.text())
                .isEqualTo(
                        "Példa Biztosito: videos karszemle, ügyszam KAR2025001. Nyissa meg a"
                                + " telefonja böngészöjében:"
                                + " https://vhelpi.example.hu/j/4V9kq0ZbT2mXc8RwLp3sYd7N");
        assertThat(preview.encoding()).isEqualTo(SmsEncoding.GSM_7BIT);
        assertThat(preview.units()).isEqualTo(145);
        assertThat(preview.segments()).isEqualTo(1);
        assertThat(preview.unitsLeft()).isEqualTo(15);
    }
}

package io.vhelpi.server.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.vhelpi.core.Channel;
import io.vhelpi.core.sms.SmsAnalysis;
import io.vhelpi.core.sms.SmsEncoding;
import io.vhelpi.core.sms.SmsText;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvitationTemplatesTest {

    /** A link as production makes it: the public address, /j/ and a 24-character token. */
    private static final String LINK = "https://vhelpi.example.hu/j/4V9kq0ZbT2mXc8RwLp3sYd7N";

    private static final Instant NOW = Instant.parse("2025-01-22T13:37:00Z");

    @Test
    void theBuiltInSmsFitsOneSegmentWhenTransliterated() {
        InvitationTemplate transliterating =
                new InvitationTemplate("org", null, true, null, null, null, NOW);

        InvitationMessage sms =
                InvitationTemplates.render(
                        Channel.SMS,
                        "Generali Biztosító Zrt.",
                        "KÁR-2025/01",
                        LINK,
                        transliterating);
        SmsAnalysis analysis = SmsText.analyse(sms.text());

        assertThat(sms.text())
                .isEqualTo(
                        "Generali Biztosito Zrt.: videos karszemle, ügyszam KAR-2025/01. Nyissa"
                                + " meg a telefonja böngészöjében: "
                                + LINK);
        assertThat(analysis.encoding()).isEqualTo(SmsEncoding.GSM_7BIT);
        assertThat(analysis.units()).isEqualTo(154);
        assertThat(analysis.segments()).isEqualTo(1);
    }

    @Test
    void theBuiltInSmsFitsOneSegmentForAThirtyCharacterOrganisationName() {
        InvitationTemplate transliterating =
                new InvitationTemplate("org", null, true, null, null, null, NOW);
        String thirtyCharacters = "Első Magyar Általános Biztosító".substring(0, 30);

        InvitationMessage sms =
                InvitationTemplates.render(
                        Channel.SMS, thirtyCharacters, "0123456789", LINK, transliterating);

        assertThat(SmsText.analyse(sms.text()).segments()).isEqualTo(1);
    }

    @Test
    void withoutTransliterationTheBuiltInSmsKeepsItsAccentsAndTakesThreeUcs2Segments() {
        InvitationMessage sms =
                InvitationTemplates.render(Channel.SMS, "Demo Biztosító", "KAR2025001", LINK);

        assertThat(sms.text())
                .isEqualTo(
                        "Demo Biztosító: videós kárszemle, ügyszám KAR2025001. Nyissa meg a"
                                + " telefonja böngészőjében: "
                                + LINK);
        assertThat(SmsText.analyse(sms.text()).encoding()).isEqualTo(SmsEncoding.UCS2);
        assertThat(SmsText.analyse(sms.text()).segments()).isEqualTo(3);
    }

    @Test
    void anOrganisationsOwnTextsFillEveryPlaceholderOnce() {
        InvitationTemplate own =
                new InvitationTemplate(
                        "org",
                        "{organisation} {caseNumber}: {link} {unknown}",
                        false,
                        "Kárszemle ({caseNumber})",
                        "Kedves Ügyfelünk!\n\nA(z) {caseNumber} ügyben:\n{link}\n\n{organisation}",
                        "Példa <Kárrendezés>",
                        NOW);

        InvitationMessage sms =
                InvitationTemplates.render(Channel.SMS, "Példa {link}", "KAR2025001", LINK, own);
        InvitationMessage email =
                InvitationTemplates.render(Channel.EMAIL, "Példa & Társa", "KAR<2025>1", LINK, own);

        assertThat(sms.text()).isEqualTo("Példa {link} KAR2025001: " + LINK + " {unknown}");
        assertThat(email.subject()).isEqualTo("Kárszemle (KAR<2025>1)");
        assertThat(email.text())
                .isEqualTo(
                        "Kedves Ügyfelünk!\n\nA(z) KAR<2025>1 ügyben:\n"
                                + LINK
                                + "\n\nPélda & Társa");
        assertThat(email.html())
                .isEqualTo(
                        "<!DOCTYPE html><html lang=\"hu\"><body><p>Kedves Ügyfelünk!</p>"
                                + "<p>A(z) KAR&lt;2025&gt;1 ügyben:<br><a href=\""
                                + LINK
                                + "\">"
                                + LINK
                                + "</a></p><p>Példa &amp; Társa</p></body></html>");
        assertThat(InvitationTemplates.senderName("Példa & Társa", own))
                .isEqualTo("Példa <Kárrendezés>");
    }

    @Test
    void theBuiltInEmailCarriesTheLinkInBothParts() {
        InvitationMessage email =
                InvitationTemplates.render(Channel.EMAIL, "Demo Biztosító", "KAR2025001", LINK);

        assertThat(email.subject()).isEqualTo("Meghívó videós kárszemlére – ügyszám: KAR2025001");
        assertThat(email.text()).contains("\n\n" + LINK + "\n\n");
        assertThat(email.html()).contains("<a href=\"" + LINK + "\">" + LINK + "</a>");
        assertThat(InvitationTemplates.senderName("Demo Biztosító", null))
                .isEqualTo("Demo Biztosító");
    }
}

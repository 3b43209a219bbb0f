package io.vhelpi.server.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.vhelpi.core.Channel;
import org.junit.jupiter.api.Test;

class InvitationTemplatesTest {

    private static final String LINK = "https://vhelpi.example.hu/j/qaH4Izn7raljK9nDjgRREUiy";

    @Test
    void theSmsNamesTheOrganisationTheCaseAndTheLink() {
        InvitationMessage sms =
                InvitationTemplates.render(Channel.SMS, "Demo Biztosító", "KAR2025001", LINK);

        assertThat(sms.subject()).isNull();
        assertThat(sms.html()).isNull();
        assertThat(sms.link()).isEqualTo(LINK);
        assertThat(sms.text())
                .isEqualTo(
                        "Demo Biztosító: videós kárszemle, ügyszám KAR2025001. Nyissa meg a"
                                + " telefonja böngészőjében: "
                                + LINK);
    }

    @Test
    void theEmailCarriesTheLinkInBothPartsAndEscapesTheHtml() {
        InvitationMessage email =
                InvitationTemplates.render(Channel.EMAIL, "Kár & Társa <Kft>", "KAR<2025>1", LINK);

        assertThat(email.subject()).isEqualTo("Meghívó videós kárszemlére – ügyszám: KAR<2025>1");
        assertThat(email.text()).contains("\n\n" + LINK + "\n\n").contains("Kár & Társa <Kft>");
        assertThat(email.html())
                .contains("<a href=\"" + LINK + "\">" + LINK + "</a>")
                .contains("<strong>KAR&lt;2025&gt;1</strong>")
                .contains("Kár &amp; Társa &lt;Kft&gt;");
    }

    @Test
    void toStringMasksTheLink() {
        InvitationMessage sms = InvitationTemplates.render(Channel.SMS, "Demo", "KAR2025001", LINK);

        assertThat(sms.toString()).doesNotContain("qaH4Izn7raljK9nDjgRREUiy");
    }
}

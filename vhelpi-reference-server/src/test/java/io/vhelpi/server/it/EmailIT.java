package io.vhelpi.server.it;

import static io.vhelpi.server.it.ChannelsServer.LICENSE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.vhelpi.sdk.OperatorSessions;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.model.DeliveryStatus;
import io.vhelpi.sdk.model.Session;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * E-mail invitations through SMTP, with GreenMail as the mail server on the port the build reserved
 * for it.
 */
class EmailIT {

    private static GreenMail smtp;
    private static VhelpiClient client;

    @BeforeAll
    static void startMailServer() {
        smtp = new GreenMail(new ServerSetup(ChannelsServer.smtpPort(), "127.0.0.1", "smtp"));
        smtp.start();
        client = ChannelsServer.client();
    }

    @AfterAll
    static void stopMailServer() {
        client.close();
        smtp.stop();
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void theInvitationArrivesWithEncodedHeadersAPunycodeDomainAndTheLinkInBothParts()
            throws Exception {
        OperatorSessions operator = client.operator("it.email.sent");

        Session created =
                operator.invite()
                        .byEmail("kovacs.eva@példa.hu")
                        .onLicense(LICENSE)
                        .caseNumber("KÁR2025/01")
                        .send();

        assertThat(created.invitation().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(created.recipient()).isEqualTo("kovacs.eva@xn--plda-bpa.hu");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getHeader("To")).containsExactly("kovacs.eva@xn--plda-bpa.hu");
        assertThat(mail.getHeader("From"))
                .containsExactly(
                        "=?UTF-8?Q?=C3=89rtes=C3=ADt=C5=91_Biztos=C3=ADt=C3=B3_Zrt=2E?=\r\n"
                                + " <noreply@vhelpi.example.hu>");
        assertThat(mail.getHeader("Subject"))
                .containsExactly(
                        "=?UTF-8?Q?Megh=C3=ADv=C3=B3_vide=C3=B3s_k=C3=A1rszeml=C3=A9?=\r\n"
                                + " =?UTF-8?Q?re_=E2=80=93_=C3=BCgysz=C3=A1m:_K=C3=81R2025/01?=");
        assertThat(mail.getSubject()).isEqualTo("Meghívó videós kárszemlére – ügyszám: KÁR2025/01");
        assertThat(smtp.getReceivedMessagesForDomain("xn--plda-bpa.hu")).hasSize(1);

        Multipart parts = (Multipart) mail.getContent();
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat((String) parts.getBodyPart(0).getContent()).contains(created.joinUrl());
        assertThat((String) parts.getBodyPart(1).getContent())
                .contains("<a href=\"" + created.joinUrl() + "\">");
        operator.close(created.id());
    }

    @Test
    void aLineBreakInTheAddressIsRefusedAtCreationAndNothingIsSentOrCharged() {
        int creditsBefore = ReferenceServer.credits(client, LICENSE);

        HttpResponse<String> response =
                ChannelsServer.rawCreate(
                        "it.email.header-trick",
                        "{\"channel\":\"EMAIL\",\"licenseId\":\""
                                + LICENSE
                                + "\",\"caseNumber\":\"KAR2025001\","
                                + "\"email\":\"kovacs.eva@example.hu\\r\\nBcc: x@example.hu\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = ReferenceServer.json(response.body());
        assertThat(problem.get("code").asText()).isEqualTo("validation_failed");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("email");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(ReferenceServer.credits(client, LICENSE)).isEqualTo(creditsBefore);
    }
}

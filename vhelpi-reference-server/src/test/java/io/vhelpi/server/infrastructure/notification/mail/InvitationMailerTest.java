package io.vhelpi.server.infrastructure.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.vhelpi.core.Channel;
import io.vhelpi.core.validation.EmailAddress;
import io.vhelpi.server.domain.notification.DeliveryFailedException;
import io.vhelpi.server.domain.notification.InvitationMessage;
import io.vhelpi.server.domain.notification.InvitationTemplates;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The invitation e-mail as a real SMTP server (GreenMail, on a free port) receives it. */
class InvitationMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Instant NOW = Instant.parse("2025-01-22T13:37:00Z");
    private static final String LINK = "https://vhelpi.example.hu/j/4V9kq0ZbT2mXc8RwLp3sYd7N";

    @Test
    void accentedSubjectAndSenderAreEncodedWordsAndTheDomainIsPunycode() throws Exception {
        String to = EmailAddress.parse("kovacs.eva@példa.hu").value();
        InvitationMessage message =
                InvitationTemplates.render(Channel.EMAIL, "Példa Biztosító", "KÁR2025/01", LINK);

        mailer(SmtpSettings.StartTls.OFF, Duration.ofSeconds(10))
                .send(to, "Példa Biztosító Zrt.", message, NOW);

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getHeader("To")).containsExactly("kovacs.eva@xn--plda-bpa.hu");
        assertThat(received.getHeader("From"))
                .containsExactly(
                        "=?UTF-8?Q?P=C3=A9lda_Biztos=C3=ADt=C3=B3_Zrt=2E?=\r\n"
                                + " <noreply@vhelpi.example.hu>");
        assertThat(received.getHeader("Subject"))
                .containsExactly(
                        "=?UTF-8?Q?Megh=C3=ADv=C3=B3_vide=C3=B3s_k=C3=A1rszeml=C3=A9?=\r\n"
                                + " =?UTF-8?Q?re_=E2=80=93_=C3=BCgysz=C3=A1m:_K=C3=81R2025/01?=");
        assertThat(received.getSubject())
                .isEqualTo("Meghívó videós kárszemlére – ügyszám: KÁR2025/01");
        assertThat(SMTP.getReceivedMessagesForDomain("xn--plda-bpa.hu")).hasSize(1);
    }

    @Test
    void theMailHasAPlainTextAndAnHtmlPartBothWithTheLink() throws Exception {
        InvitationMessage message =
                InvitationTemplates.render(Channel.EMAIL, "Példa Biztosító", "KAR2025001", LINK);

        mailer(SmtpSettings.StartTls.OFF, Duration.ofSeconds(10))
                .send("kovacs.eva@example.hu", "Példa Biztosító", message, NOW);

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        Part text = parts.getBodyPart(0);
        Part html = parts.getBodyPart(1);
        assertThat(text.getContentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(html.getContentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(((String) text.getContent()).replace("\r\n", "\n")).isEqualTo(message.text());
        assertThat(html.getContent()).isEqualTo(message.html());
        assertThat((String) text.getContent()).contains(LINK);
        assertThat((String) html.getContent()).contains("<a href=\"" + LINK + "\">");
    }

    @Test
    void aSenderNameWithALineBreakIsNeverSentAsAHeader() {
        InvitationMessage message =
                InvitationTemplates.render(Channel.EMAIL, "Példa", "KAR2025001", LINK);

        DeliveryFailedException refused =
                catchThrowableOfType(
                        DeliveryFailedException.class,
                        () ->
                                mailer(SmtpSettings.StartTls.OFF, Duration.ofSeconds(10))
                                        .send(
                                                "kovacs.eva@example.hu",
                                                "Példa\r\nBcc: x@example.hu",
                                                message,
                                                NOW));

        assertThat(refused.isPermanent()).isTrue();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void requiredStartTlsRefusesAServerThatDoesNotOfferItAndMayBeRetried() {
        InvitationMessage message =
                InvitationTemplates.render(Channel.EMAIL, "Példa", "KAR2025001", LINK);

        DeliveryFailedException failed =
                catchThrowableOfType(
                        DeliveryFailedException.class,
                        () ->
                                mailer(SmtpSettings.StartTls.REQUIRED, Duration.ofSeconds(10))
                                        .send("kovacs.eva@example.hu", "Példa", message, NOW));

        assertThat(failed.isPermanent()).isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatNeverAnswersRunsIntoTheReadTimeoutAndMayBeRetried() throws IOException {
        InvitationMessage message =
                InvitationTemplates.render(Channel.EMAIL, "Példa", "KAR2025001", LINK);

        try (ServerSocket silent = new ServerSocket(0)) {
            SmtpSettings settings =
                    new SmtpSettings(
                            "127.0.0.1",
                            silent.getLocalPort(),
                            null,
                            null,
                            SmtpSettings.StartTls.OFF,
                            false,
                            Duration.ofSeconds(5),
                            Duration.ofMillis(300),
                            Duration.ofMillis(300));
            InvitationMailer mailer =
                    new InvitationMailer(MailSessions.of(settings), "noreply@vhelpi.example.hu");

            DeliveryFailedException failed =
                    catchThrowableOfType(
                            DeliveryFailedException.class,
                            () -> mailer.send("kovacs.eva@example.hu", "Példa", message, NOW));

            assertThat(failed.isPermanent()).isFalse();
            assertThat(failed.getMessage())
                    .isEqualTo("The mail server could not be reached: SocketTimeoutException");
        }
    }

    private static InvitationMailer mailer(SmtpSettings.StartTls startTls, Duration timeout) {
        SmtpSettings settings =
                new SmtpSettings(
                        "127.0.0.1",
                        SMTP.getSmtp().getPort(),
                        null,
                        null,
                        startTls,
                        false,
                        timeout,
                        timeout,
                        timeout);
        return new InvitationMailer(MailSessions.of(settings), "noreply@vhelpi.example.hu");
    }
}

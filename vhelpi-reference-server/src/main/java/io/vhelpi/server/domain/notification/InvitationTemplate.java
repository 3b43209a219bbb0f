package io.vhelpi.server.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * An organisation's own words for its invitations. Every text is optional; a missing one means the
 * built-in Hungarian text. The texts may contain the placeholders {@code {organisation}}, {@code
 * {caseNumber}} and {@code {link}}; the SMS text and the e-mail body must contain the link.
 *
 * <p>{@code smsTransliterate} is the organisation's choice to send á, í, ó, ő, ú, ű as a, i, o, ö,
 * u, ü, so that an SMS fits the GSM 7-bit alphabet and costs fewer segments.
 */
@Entity
@Table(name = "invitation_template")
public class InvitationTemplate {

    @Id
    @Column(name = "organisation_id")
    private String organisationId;

    @Column(name = "sms_text")
    private String smsText;

    @Column(name = "sms_transliterate", nullable = false)
    private boolean smsTransliterate;

    @Column(name = "email_subject")
    private String emailSubject;

    @Column(name = "email_body")
    private String emailBody;

    @Column(name = "email_sender_name")
    private String emailSenderName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected InvitationTemplate() {
        // for JPA
    }

    /** A template with the given choices; null texts mean the built-in ones. */
    public InvitationTemplate(
            String organisationId,
            String smsText,
            boolean smsTransliterate,
            String emailSubject,
            String emailBody,
            String emailSenderName,
            Instant updatedAt) {
        this.organisationId = organisationId;
        this.smsText = smsText;
        this.smsTransliterate = smsTransliterate;
        this.emailSubject = emailSubject;
        this.emailBody = emailBody;
        this.emailSenderName = emailSenderName;
        this.updatedAt = updatedAt;
    }

    public String organisationId() {
        return organisationId;
    }

    public Optional<String> smsText() {
        return Optional.ofNullable(smsText);
    }

    public boolean smsTransliterate() {
        return smsTransliterate;
    }

    public Optional<String> emailSubject() {
        return Optional.ofNullable(emailSubject);
    }

    /** The plain-text body; the HTML part is made from it. */
    public Optional<String> emailBody() {
        return Optional.ofNullable(emailBody);
    }

    public Optional<String> emailSenderName() {
        return Optional.ofNullable(emailSenderName);
    }

    @Override
    public String toString() {
        return "InvitationTemplate[organisation=" + organisationId + "]";
    }
}

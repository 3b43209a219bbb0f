package io.vhelpi.server.domain.notification;

import io.vhelpi.core.Channel;
import io.vhelpi.core.privacy.Masking;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The invitation of one session, kept as an outbox row: it is written in the transaction that
 * creates the session and delivered after the commit, so a session never exists without its
 * invitation and an invitation never goes out for a session that was rolled back.
 *
 * <p>The message carries the customer's link in clear text only until it has been handed to a
 * channel; then the text is erased and only the session's token hash remains.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id private String id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private String sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column private String subject;

    @Column private String body;

    @Column(name = "html_body")
    private String htmlBody;

    @Column private String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "provider_message_id")
    private String providerMessageId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Invitation() {
        // for JPA
    }

    /** A pending invitation carrying {@code message} to the session's customer. */
    public static Invitation pending(
            String sessionId,
            Channel channel,
            String recipient,
            InvitationMessage message,
            Instant now) {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID().toString();
        invitation.sessionId = sessionId;
        invitation.channel = channel;
        invitation.recipient = recipient;
        invitation.subject = message.subject();
        invitation.body = message.text();
        invitation.htmlBody = message.html();
        invitation.link = message.link();
        invitation.status = DeliveryStatus.PENDING;
        invitation.createdAt = now;
        return invitation;
    }

    /** The message as it is to be sent; only available while the invitation is pending. */
    public InvitationMessage message() {
        if (status != DeliveryStatus.PENDING) {
            throw new IllegalStateException("Invitation " + id + " is no longer pending");
        }
        return new InvitationMessage(subject, body, htmlBody, link);
    }

    /** The channel accepted the message: the clear-text link is erased. */
    public void markSent(String providerMessageId, Instant at) {
        attempts++;
        status = DeliveryStatus.SENT;
        this.providerMessageId = providerMessageId;
        sentAt = at;
        eraseMessage();
    }

    /** The message can never be delivered. */
    public void markFailed(String reason) {
        attempts++;
        status = DeliveryStatus.FAILED;
        failureReason = reason;
        eraseMessage();
    }

    private void eraseMessage() {
        body = null;
        htmlBody = null;
        link = null;
    }

    public String id() {
        return id;
    }

    public String sessionId() {
        return sessionId;
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String failureReason() {
        return failureReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        String masked =
                channel == Channel.SMS ? Masking.phone(recipient) : Masking.email(recipient);
        return "Invitation["
                + id
                + ", session="
                + sessionId
                + ", "
                + channel
                + " "
                + masked
                + ", "
                + status
                + "]";
    }
}

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
 *
 * <p>A try that fails for a reason that may pass leaves the invitation pending with the time of the
 * next try; the dispatcher gives up after the last one. A provider's delivery receipt moves a sent
 * invitation on to delivered or failed.
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

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "sender_name", updatable = false)
    private String senderName;

    @Column(name = "sms_segments", updatable = false)
    private Integer smsSegments;

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
        return pending(sessionId, channel, recipient, message, null, null, now);
    }

    /**
     * A pending invitation carrying {@code message} to the session's customer, due at once.
     *
     * @param senderName the display name of the e-mail's sender; null for SMS
     * @param smsSegments how many segments the SMS takes; null for e-mail
     */
    public static Invitation pending(
            String sessionId,
            Channel channel,
            String recipient,
            InvitationMessage message,
            String senderName,
            Integer smsSegments,
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
        invitation.nextAttemptAt = now;
        invitation.senderName = senderName;
        invitation.smsSegments = smsSegments;
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
        nextAttemptAt = null;
        lastError = null;
        eraseMessage();
    }

    /**
     * This try failed for a reason that may pass: the invitation stays pending until {@code next}.
     */
    public void retryLater(String reason, Instant next) {
        attempts++;
        lastError = reason;
        nextAttemptAt = next;
    }

    /** This try failed and no further one will be made: the message can never be delivered. */
    public void markFailed(String reason, Instant at) {
        attempts++;
        fail(reason, at);
    }

    /**
     * The provider reports that the message reached the phone.
     *
     * @return whether the status changed; a repeated or late receipt changes nothing
     */
    public boolean confirmDelivered(Instant at) {
        if (status != DeliveryStatus.SENT) {
            return false;
        }
        status = DeliveryStatus.DELIVERED;
        deliveredAt = at;
        return true;
    }

    /**
     * The provider reports that the message it accepted will never reach the phone.
     *
     * @return whether the status changed; a repeated receipt, or one after a delivery receipt,
     *     changes nothing
     */
    public boolean reportUndeliverable(String reason, Instant at) {
        if (status != DeliveryStatus.SENT) {
            return false;
        }
        fail(reason, at);
        return true;
    }

    private void fail(String reason, Instant at) {
        status = DeliveryStatus.FAILED;
        failureReason = reason;
        failedAt = at;
        nextAttemptAt = null;
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

    /** When the next try is due; null unless pending. */
    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    /** Why the last try failed while the invitation is still pending; otherwise null. */
    public String lastError() {
        return lastError;
    }

    /** The provider's id of the message, once sent; null for channels without one. */
    public String providerMessageId() {
        return providerMessageId;
    }

    /** The display name of the e-mail's sender; null for SMS. */
    public String senderName() {
        return senderName;
    }

    /** How many segments the SMS takes; null for e-mail. */
    public Integer smsSegments() {
        return smsSegments;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant failedAt() {
        return failedAt;
    }

    /** The recipient masked for logs. */
    public String maskedRecipient() {
        return Masking.recipient(channel, recipient);
    }

    @Override
    public String toString() {
        return "Invitation["
                + id
                + ", session="
                + sessionId
                + ", "
                + channel
                + " "
                + maskedRecipient()
                + ", "
                + status
                + "]";
    }
}

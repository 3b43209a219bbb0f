package io.vhelpi.server.infrastructure.notification;

import io.vhelpi.core.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An SMS or e-mail "delivered" on the embedded default, kept for a person to open. */
@Entity
@Table(name = "dev_outbox_message")
public class DevOutboxMessage {

    @Id private String id;

    @Column(name = "session_id", nullable = false)
    private String sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(nullable = false)
    private String recipient;

    @Column private String subject;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DevOutboxMessage() {
        // for JPA
    }

    DevOutboxMessage(
            String sessionId,
            Channel channel,
            String recipient,
            String subject,
            String body,
            String link,
            Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.sessionId = sessionId;
        this.channel = channel;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
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

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "DevOutboxMessage[" + id + ", session=" + sessionId + ", " + channel + "]";
    }
}

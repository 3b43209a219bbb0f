package io.vhelpi.server.domain.session;

import io.vhelpi.core.Channel;
import io.vhelpi.core.privacy.Masking;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A live inspection between one operator and one customer.
 *
 * <p>While a session is active its operator id is also written to {@code activeOperator}; a unique
 * constraint on (organisation, active operator) lets the database, not a check in the code,
 * guarantee one active session per operator even when two requests race.
 *
 * <p>An active session expires when nothing happened for the idle timeout: its {@code expiresAt}
 * moves forward with every activity (creation, the customer joining, the operator keeping it alive
 * or resending the invitation, and the heartbeat of the customer's open page once joined).
 */
@Entity
@Table(name = "inspection_session")
public class Session {

    @Id private String id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private String organisationId;

    @Column(name = "operator_id", nullable = false, updatable = false)
    private String operatorId;

    @Column(name = "active_operator")
    private String activeOperator;

    @Column(name = "license_id", nullable = false, updatable = false)
    private String licenseId;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(name = "external_reference", updatable = false)
    private String externalReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;

    @Column(name = "join_token_hash")
    private String joinTokenHash;

    @Column(name = "invitations_resent", nullable = false)
    private int invitationsResent;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Session() {
        // for JPA
    }

    /**
     * A new session in {@link SessionStatus#INVITED}, reachable by the customer through {@code
     * token}.
     */
    public static Session invite(
            SessionDraft draft, JoinToken token, Instant now, Duration idleTimeout) {
        Session session = new Session();
        session.id = UUID.randomUUID().toString();
        session.organisationId = draft.organisationId();
        session.operatorId = draft.operatorId();
        session.activeOperator = draft.operatorId();
        session.licenseId = draft.licenseId();
        session.caseNumber = draft.caseNumber();
        session.externalReference = draft.externalReference();
        session.channel = draft.channel();
        session.recipient = draft.recipient();
        session.status = SessionStatus.INVITED;
        session.joinTokenHash = token.hash();
        session.createdAt = now;
        session.touch(now, idleTimeout);
        return session;
    }

    /**
     * The customer opened the link and joined. Joining again (a reopened link, a dropped
     * connection) keeps the first join time.
     *
     * @return whether this call moved the session to {@link SessionStatus#IN_PROGRESS}
     */
    public boolean join(Instant now, Duration idleTimeout) {
        requireActive();
        touch(now, idleTimeout);
        if (status == SessionStatus.IN_PROGRESS) {
            return false;
        }
        status = SessionStatus.IN_PROGRESS;
        joinedAt = now;
        return true;
    }

    /**
     * The operator is still there (reconnecting, or keeping the session alive while waiting or
     * talking): the idle timeout starts again.
     */
    public void keepAlive(Instant now, Duration idleTimeout) {
        requireActive();
        touch(now, idleTimeout);
    }

    /**
     * The customer's open page reports that it is still there. Only a customer who joined keeps the
     * session alive; a page left open before joining does not.
     *
     * @return whether the session is in progress (and so was kept alive)
     */
    public boolean customerHeartbeat(Instant now, Duration idleTimeout) {
        if (status != SessionStatus.IN_PROGRESS) {
            return false;
        }
        touch(now, idleTimeout);
        return true;
    }

    /**
     * Replaces the customer's link for a resent invitation: the old link stops working, so that
     * only the newest message lets the customer in. Counts as the operator's activity.
     *
     * @param maxResends how many resends a session allows
     * @return the new token, to be put into the new message
     * @throws SessionNotWaitingException the customer already joined, or the session ended
     * @throws ResendLimitReachedException the invitation was already resent {@code maxResends}
     *     times
     */
    public JoinToken reissueJoinToken(Instant now, Duration idleTimeout, int maxResends) {
        if (status != SessionStatus.INVITED) {
            throw new SessionNotWaitingException(id, status);
        }
        if (invitationsResent >= maxResends) {
            throw new ResendLimitReachedException(maxResends);
        }
        JoinToken token = JoinToken.generate();
        joinTokenHash = token.hash();
        invitationsResent++;
        touch(now, idleTimeout);
        return token;
    }

    /**
     * The operator closed the session; before the customer joined this cancels it.
     *
     * @return whether this call ended the session (false when it had already ended)
     */
    public boolean close(Instant now) {
        if (!status.isActive()) {
            return false;
        }
        end(SessionStatus.CLOSED, now);
        return true;
    }

    /** Marks an overdue session expired; it ended with its last activity. */
    public void expire() {
        requireActive();
        end(SessionStatus.EXPIRED, lastActivityAt);
    }

    /** Whether the idle timeout has run out at {@code now} while the session is still active. */
    public boolean isOverdue(Instant now) {
        return status.isActive() && !now.isBefore(expiresAt);
    }

    /**
     * From the customer joining to the end of the session, or to {@code now} while it runs; zero
     * when nobody joined.
     */
    public Duration duration(Instant now) {
        if (joinedAt == null) {
            return Duration.ZERO;
        }
        Instant end = endedAt != null ? endedAt : now;
        return end.isBefore(joinedAt) ? Duration.ZERO : Duration.between(joinedAt, end);
    }

    /** The first eight hex digits of the id: what the operator sees. */
    public String shortId() {
        return id.substring(0, 8);
    }

    private void touch(Instant now, Duration idleTimeout) {
        lastActivityAt = now;
        expiresAt = now.plus(idleTimeout);
    }

    private void end(SessionStatus finalStatus, Instant at) {
        status = finalStatus;
        endedAt = at;
        expiresAt = null;
        activeOperator = null;
    }

    private void requireActive() {
        if (!status.isActive()) {
            throw new IllegalStateException("Session " + id + " has already ended: " + status);
        }
    }

    public String id() {
        return id;
    }

    public String organisationId() {
        return organisationId;
    }

    public String operatorId() {
        return operatorId;
    }

    public String licenseId() {
        return licenseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String externalReference() {
        return externalReference;
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public SessionStatus status() {
        return status;
    }

    /** How many times the invitation was sent again after the first time. */
    public int invitationsResent() {
        return invitationsResent;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Session that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        String maskedRecipient = Masking.recipient(channel, recipient);
        return "Session["
                + id
                + ", operator="
                + operatorId
                + ", "
                + status
                + ", "
                + maskedRecipient
                + "]";
    }
}

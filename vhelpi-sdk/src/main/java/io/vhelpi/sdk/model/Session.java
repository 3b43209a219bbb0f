package io.vhelpi.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.vhelpi.core.Channel;
import io.vhelpi.core.format.DisplayFormats;
import io.vhelpi.core.privacy.Masking;
import java.time.Duration;
import java.time.Instant;

/**
 * A session between an operator and a customer.
 *
 * @param id the session id
 * @param shortId the first 8 hex digits of the id, as the operator sees it
 * @param caseNumber the case number given at creation
 * @param externalReference the host system's own claim number, or {@code null}
 * @param channel how the invitation was sent
 * @param recipient the customer's phone number (E.164) or e-mail address
 * @param license the license charged for the session
 * @param operator the operator id
 * @param status where the session is in its life
 * @param invitation the invitation sent to the customer
 * @param joinUrl the customer's link; only in the answer to the create call, {@code null} elsewhere
 * @param createdAt when the session was created
 * @param joinedAt when the customer joined, or {@code null}
 * @param closedAt when the session ended, or {@code null}
 * @param expiresAt when an active session expires without further activity, or {@code null}
 * @param durationSeconds seconds from the customer joining to the end (or to now while in
 *     progress); {@code 0} when nobody joined
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Session(
        String id,
        String shortId,
        String caseNumber,
        String externalReference,
        Channel channel,
        String recipient,
        LicenseRef license,
        String operator,
        SessionStatus status,
        Invitation invitation,
        String joinUrl,
        Instant createdAt,
        Instant joinedAt,
        Instant closedAt,
        Instant expiresAt,
        long durationSeconds) {

    /**
     * Whether the session is still active, so the operator can start no other.
     *
     * @return {@code true} while the session is invited or in progress
     */
    public boolean isActive() {
        return status == SessionStatus.INVITED || status == SessionStatus.IN_PROGRESS;
    }

    /**
     * The session's duration, from the customer joining to the end.
     *
     * @return the duration, zero when nobody joined
     */
    public Duration duration() {
        return Duration.ofSeconds(durationSeconds);
    }

    /**
     * The creation time as the operator's history shows it, e.g. {@code 2025. 01. 22 - 14:37}
     * (Budapest time).
     *
     * @return the formatted date, or an empty string when the creation time is unknown
     */
    public String displayDate() {
        return createdAt == null ? "" : DisplayFormats.dateTime(createdAt);
    }

    /**
     * The duration as the operator's history shows it, minutes and seconds with unbounded minutes,
     * e.g. {@code 67:00}.
     *
     * @return the formatted duration
     */
    public String displayDuration() {
        return DisplayFormats.duration(durationSeconds);
    }

    /** Describes the session with the recipient and the customer's link masked. */
    @Override
    public String toString() {
        return "Session[id="
                + id
                + ", shortId="
                + shortId
                + ", caseNumber="
                + caseNumber
                + ", externalReference="
                + externalReference
                + ", channel="
                + channel
                + ", recipient="
                + maskedRecipient()
                + ", license="
                + license
                + ", operator="
                + operator
                + ", status="
                + status
                + ", invitation="
                + invitation
                + ", joinUrl="
                + (joinUrl == null ? null : Masking.link(joinUrl))
                + ", createdAt="
                + createdAt
                + ", joinedAt="
                + joinedAt
                + ", closedAt="
                + closedAt
                + ", expiresAt="
                + expiresAt
                + ", durationSeconds="
                + durationSeconds
                + "]";
    }

    private String maskedRecipient() {
        if (recipient == null) {
            return null;
        }
        if (channel == Channel.EMAIL || (channel == null && recipient.contains("@"))) {
            return Masking.email(recipient);
        }
        if (channel == Channel.SMS) {
            return Masking.phone(recipient);
        }
        return Masking.secret(recipient);
    }
}

package io.vhelpi.server.interfaces.rest;

import io.vhelpi.server.application.SessionDetails;
import io.vhelpi.server.domain.session.Session;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** The JSON of a session, as documented in the REST API reference. */
@JsonbPropertyOrder({
    "id",
    "shortId",
    "caseNumber",
    "externalReference",
    "channel",
    "recipient",
    "license",
    "operator",
    "status",
    "invitation",
    "joinUrl",
    "createdAt",
    "joinedAt",
    "closedAt",
    "expiresAt",
    "durationSeconds"
})
public record SessionJson(
        String id,
        String shortId,
        String caseNumber,
        String externalReference,
        String channel,
        String recipient,
        LicenseRefJson license,
        String operator,
        String status,
        InvitationJson invitation,
        String joinUrl,
        Instant createdAt,
        Instant joinedAt,
        Instant closedAt,
        Instant expiresAt,
        long durationSeconds) {

    /** The license that paid for a session. */
    @JsonbPropertyOrder({"id", "name"})
    public record LicenseRefJson(String id, String name) {}

    /** How far the invitation got. */
    @JsonbPropertyOrder({"status", "failureReason"})
    public record InvitationJson(String status, String failureReason) {}

    /** The JSON view of {@code details}. */
    public static SessionJson of(SessionDetails details) {
        Session session = details.session();
        InvitationJson invitation =
                details.invitationStatus() == null
                        ? null
                        : new InvitationJson(
                                details.invitationStatus().name(),
                                details.invitationFailureReason());
        return new SessionJson(
                session.id(),
                session.shortId(),
                session.caseNumber(),
                session.externalReference(),
                session.channel().name(),
                session.recipient(),
                new LicenseRefJson(session.licenseId(), details.licenseName()),
                session.operatorId(),
                session.status().name(),
                invitation,
                details.joinUrl(),
                session.createdAt(),
                session.joinedAt(),
                session.endedAt(),
                session.expiresAt(),
                details.duration().toSeconds());
    }
}

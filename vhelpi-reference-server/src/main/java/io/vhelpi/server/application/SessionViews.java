package io.vhelpi.server.application;

import io.vhelpi.server.domain.license.License;
import io.vhelpi.server.domain.license.LicenseRepository;
import io.vhelpi.server.domain.notification.Invitation;
import io.vhelpi.server.domain.notification.InvitationRepository;
import io.vhelpi.server.domain.session.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Puts around sessions what a reader needs: the license name, the newest invitation's delivery, the
 * duration so far. Called inside the transaction that read the sessions.
 */
@ApplicationScoped
public class SessionViews {

    @Inject LicenseRepository licenses;
    @Inject InvitationRepository invitations;
    @Inject Clock clock;

    /** The details of one session. */
    public SessionDetails of(Session session) {
        return of(List.of(session)).get(0);
    }

    /** The details of a page of sessions, in the same order. */
    public List<SessionDetails> of(List<Session> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<String, Invitation> invitationsBySession =
                invitations.findBySessionIds(page.stream().map(Session::id).toList());
        Map<String, String> licenseNames =
                page.stream()
                        .map(Session::licenseId)
                        .distinct()
                        .collect(Collectors.toMap(id -> id, this::licenseName));

        List<SessionDetails> result = new ArrayList<>(page.size());
        for (Session session : page) {
            Invitation invitation = invitationsBySession.get(session.id());
            result.add(
                    new SessionDetails(
                            session,
                            licenseNames.get(session.licenseId()),
                            invitation == null ? null : invitation.status(),
                            invitation == null ? null : invitation.failureReason(),
                            null,
                            session.duration(now)));
        }
        return result;
    }

    private String licenseName(String licenseId) {
        return licenses.findById(licenseId).map(License::name).orElse("");
    }
}

package io.vhelpi.server.domain.notification;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox of invitations. */
public interface InvitationRepository {

    void add(Invitation invitation);

    /** The invitation with this id, locked for delivery, or empty when it is gone. */
    Optional<Invitation> findForDelivery(String invitationId);

    /** Pending invitations, oldest first. */
    List<String> findPendingIds(int max);

    /** The newest invitation of each of the sessions, by session id. */
    Map<String, Invitation> findBySessionIds(Collection<String> sessionIds);

    /** Whether any invitation of the session (the first or a resent one) reached its channel. */
    boolean anySent(String sessionId);
}

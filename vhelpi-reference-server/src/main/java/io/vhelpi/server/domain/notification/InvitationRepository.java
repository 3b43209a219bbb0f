package io.vhelpi.server.domain.notification;

import io.vhelpi.core.Channel;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox of invitations. */
public interface InvitationRepository {

    void add(Invitation invitation);

    /**
     * Claims a pending invitation that is due, for delivery in the current transaction: its row
     * stays locked until the transaction ends. An invitation another transaction holds is skipped
     * rather than waited for, so two dispatchers never deliver the same invitation.
     *
     * @return the invitation, or empty when it is not pending, not due, or held by another
     */
    Optional<Invitation> claim(String invitationId, Instant now);

    /** Ids of pending invitations due at {@code now}, the longest waiting first; not locked. */
    List<String> findDueIds(Instant now, int max);

    /** The invitation a provider knows by this id, locked for an update of its status. */
    Optional<Invitation> findByProviderMessageIdForUpdate(Channel channel, String providerId);

    /** The newest invitation of each of the sessions, by session id. */
    Map<String, Invitation> findBySessionIds(Collection<String> sessionIds);

    /** Whether any invitation of the session (the first or a resent one) reached its channel. */
    boolean anySent(String sessionId);
}

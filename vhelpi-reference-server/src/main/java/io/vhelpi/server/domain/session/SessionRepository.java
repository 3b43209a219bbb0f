package io.vhelpi.server.domain.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where sessions are kept. Implemented in the persistence layer. */
public interface SessionRepository {

    /** Stores a new session; flushes so that the one-active-session constraint is checked now. */
    void add(Session session);

    /** A session of the organisation, or empty (also for another organisation's session). */
    Optional<Session> find(String organisationId, String sessionId);

    /** A session of any organisation, for work the server does on its own. */
    Optional<Session> findById(String sessionId);

    /** Like {@link #find}, locking the row until the transaction ends, to change it. */
    Optional<Session> findForUpdate(String organisationId, String sessionId);

    /** The operator's active session, whatever its expiry time, locked to change it. */
    Optional<Session> findActive(String organisationId, String operatorId);

    /** The session whose join token hashes to {@code tokenHash}, locked to change it. */
    Optional<Session> findByJoinTokenHash(String tokenHash);

    /** Active sessions whose idle timeout ran out before {@code now}, oldest first, locked. */
    List<Session> findOverdue(Instant now, int max);

    /**
     * One page of the operator's history, newest first.
     *
     * @param query the day, the page size and where the previous page ended
     */
    List<Session> history(String organisationId, String operatorId, HistoryQuery query);
}

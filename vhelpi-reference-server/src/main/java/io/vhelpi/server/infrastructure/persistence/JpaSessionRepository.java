package io.vhelpi.server.infrastructure.persistence;

import io.vhelpi.server.application.OperatorBusyException;
import io.vhelpi.server.domain.session.HistoryQuery;
import io.vhelpi.server.domain.session.Session;
import io.vhelpi.server.domain.session.SessionRepository;
import io.vhelpi.server.domain.session.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Sessions in the {@code inspection_session} table. */
@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

    private static final List<SessionStatus> ACTIVE =
            List.of(SessionStatus.INVITED, SessionStatus.IN_PROGRESS);
    private static final String ONE_ACTIVE_CONSTRAINT = "one_active_session_per_operator";

    @PersistenceContext(unitName = "vhelpi")
    EntityManager em;

    @Override
    public void add(Session session) {
        try {
            em.persist(session);
            em.flush();
        } catch (PersistenceException e) {
            if (violates(e, ONE_ACTIVE_CONSTRAINT)) {
                throw new OperatorBusyException(e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Session> find(String organisationId, String sessionId) {
        return Optional.ofNullable(em.find(Session.class, sessionId))
                .filter(session -> session.organisationId().equals(organisationId));
    }

    @Override
    public Optional<Session> findById(String sessionId) {
        return Optional.ofNullable(em.find(Session.class, sessionId));
    }

    @Override
    public Optional<Session> findForUpdate(String organisationId, String sessionId) {
        return Optional.ofNullable(
                        em.find(Session.class, sessionId, LockModeType.PESSIMISTIC_WRITE))
                .filter(session -> session.organisationId().equals(organisationId));
    }

    @Override
    public Optional<Session> findActive(String organisationId, String operatorId) {
        return em.createQuery(
                        "select s from Session s where s.organisationId = :organisation"
                                + " and s.operatorId = :operator and s.status in :active",
                        Session.class)
                .setParameter("organisation", organisationId)
                .setParameter("operator", operatorId)
                .setParameter("active", ACTIVE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Session> findByJoinTokenHash(String tokenHash) {
        return em.createQuery(
                        "select s from Session s where s.joinTokenHash = :hash", Session.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Session> findOverdue(Instant now, int max) {
        return em.createQuery(
                        "select s from Session s where s.status in :active"
                                + " and s.expiresAt <= :now order by s.expiresAt",
                        Session.class)
                .setParameter("active", ACTIVE)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Session> history(String organisationId, String operatorId, HistoryQuery query) {
        StringBuilder jpql =
                new StringBuilder(
                        "select s from Session s where s.organisationId = :organisation"
                                + " and s.operatorId = :operator");
        if (query.from() != null) {
            jpql.append(" and s.createdAt >= :from");
        }
        if (query.to() != null) {
            jpql.append(" and s.createdAt < :to");
        }
        if (query.caseNumber() != null) {
            jpql.append(" and s.caseNumber = :caseNumber");
        }
        if (query.externalReference() != null) {
            jpql.append(" and s.externalReference = :externalReference");
        }
        if (query.beforeCreatedAt() != null) {
            jpql.append(
                    " and (s.createdAt < :beforeCreatedAt"
                            + " or (s.createdAt = :beforeCreatedAt and s.id < :beforeId))");
        }
        jpql.append(" order by s.createdAt desc, s.id desc");

        TypedQuery<Session> typed =
                em.createQuery(jpql.toString(), Session.class)
                        .setParameter("organisation", organisationId)
                        .setParameter("operator", operatorId)
                        .setMaxResults(query.limit());
        if (query.from() != null) {
            typed.setParameter("from", query.from());
        }
        if (query.to() != null) {
            typed.setParameter("to", query.to());
        }
        if (query.caseNumber() != null) {
            typed.setParameter("caseNumber", query.caseNumber());
        }
        if (query.externalReference() != null) {
            typed.setParameter("externalReference", query.externalReference());
        }
        if (query.beforeCreatedAt() != null) {
            typed.setParameter("beforeCreatedAt", query.beforeCreatedAt());
            typed.setParameter("beforeId", query.beforeId());
        }
        return typed.getResultList();
    }

    private static boolean violates(Throwable error, String constraint) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}

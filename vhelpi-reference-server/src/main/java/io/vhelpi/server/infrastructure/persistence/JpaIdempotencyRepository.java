package io.vhelpi.server.infrastructure.persistence;

import io.vhelpi.server.domain.idempotency.IdempotencyRecord;
import io.vhelpi.server.domain.idempotency.IdempotencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Idempotency keys in the {@code idempotency_key} table. The reservation is an insert that does
 * nothing on a conflict with the primary key, so that of two concurrent calls with one key exactly
 * one inserts the row, and the other waits for it on PostgreSQL and finds it afterwards.
 */
@ApplicationScoped
public class JpaIdempotencyRepository implements IdempotencyRepository {

    private static final String IN_FLIGHT = "IN_FLIGHT";
    private static final String COMPLETED = "COMPLETED";

    @PersistenceContext(unitName = "vhelpi")
    EntityManager em;

    @Override
    public boolean reserve(
            String organisationId,
            String keyHash,
            String requestHash,
            Instant now,
            Instant expiresAt) {
        int inserted =
                em.createNativeQuery(
                                "insert into idempotency_key (organisation_id, key_hash,"
                                        + " request_hash, state, created_at, expires_at)"
                                        + " values (?1, ?2, ?3, ?4, ?5, ?6)"
                                        + " on conflict do nothing")
                        .setParameter(1, organisationId)
                        .setParameter(2, keyHash)
                        .setParameter(3, requestHash)
                        .setParameter(4, IN_FLIGHT)
                        .setParameter(5, now)
                        .setParameter(6, expiresAt)
                        .executeUpdate();
        return inserted == 1;
    }

    @Override
    public Optional<IdempotencyRecord> find(String organisationId, String keyHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "select request_hash, state, response_status, response_location,"
                                        + " response_body from idempotency_key"
                                        + " where organisation_id = ?1 and key_hash = ?2")
                        .setParameter(1, organisationId)
                        .setParameter(2, keyHash)
                        .getResultList();
        return rows.stream().findFirst().map(JpaIdempotencyRepository::record);
    }

    private static IdempotencyRecord record(Object[] row) {
        return new IdempotencyRecord(
                (String) row[0],
                COMPLETED.equals(row[1]),
                row[2] == null ? 0 : ((Number) row[2]).intValue(),
                (String) row[3],
                (String) row[4]);
    }

    @Override
    public void complete(
            String organisationId,
            String keyHash,
            int responseStatus,
            String responseLocation,
            String protectedBody) {
        em.createNativeQuery(
                        "update idempotency_key set state = ?1, response_status = ?2,"
                                + " response_location = ?3, response_body = ?4"
                                + " where organisation_id = ?5 and key_hash = ?6 and state = ?7")
                .setParameter(1, COMPLETED)
                .setParameter(2, responseStatus)
                .setParameter(3, responseLocation)
                .setParameter(4, protectedBody)
                .setParameter(5, organisationId)
                .setParameter(6, keyHash)
                .setParameter(7, IN_FLIGHT)
                .executeUpdate();
    }

    @Override
    public void release(String organisationId, String keyHash) {
        em.createNativeQuery(
                        "delete from idempotency_key"
                                + " where organisation_id = ?1 and key_hash = ?2 and state = ?3")
                .setParameter(1, organisationId)
                .setParameter(2, keyHash)
                .setParameter(3, IN_FLIGHT)
                .executeUpdate();
    }

    @Override
    public void deleteIfExpired(String organisationId, String keyHash, Instant now) {
        em.createNativeQuery(
                        "delete from idempotency_key"
                                + " where organisation_id = ?1 and key_hash = ?2"
                                + " and expires_at <= ?3")
                .setParameter(1, organisationId)
                .setParameter(2, keyHash)
                .setParameter(3, now)
                .executeUpdate();
    }

    @Override
    public int deleteExpired(Instant now) {
        return em.createNativeQuery("delete from idempotency_key where expires_at <= ?1")
                .setParameter(1, now)
                .executeUpdate();
    }
}

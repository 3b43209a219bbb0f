package io.vhelpi.server.infrastructure.persistence;

import io.vhelpi.server.domain.license.CreditLedgerEntry;
import io.vhelpi.server.domain.license.LedgerMismatch;
import io.vhelpi.server.domain.license.LedgerReason;
import io.vhelpi.server.domain.license.License;
import io.vhelpi.server.domain.license.LicenseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Licenses, grants and the credit ledger. */
@ApplicationScoped
public class JpaLicenseRepository implements LicenseRepository {

    private static final String USABLE =
            "select l from License l where (l.organisationId = :organisation or l.id in"
                    + " (select g.licenseId from LicenseGrant g"
                    + " where g.organisationId = :organisation))";

    @PersistenceContext(unitName = "vhelpi")
    EntityManager em;

    @Override
    public List<License> findUsable(String organisationId) {
        return em.createQuery(USABLE + " order by l.name, l.id", License.class)
                .setParameter("organisation", organisationId)
                .getResultList();
    }

    @Override
    public Optional<License> findById(String licenseId) {
        return Optional.ofNullable(em.find(License.class, licenseId));
    }

    @Override
    public Optional<License> findUsable(String organisationId, String licenseId) {
        return em.createQuery(USABLE + " and l.id = :license", License.class)
                .setParameter("organisation", organisationId)
                .setParameter("license", licenseId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public OptionalInt debitOne(String licenseId) {
        // One conditional update: concurrent debits queue on the row lock, and none can take
        // the balance below zero or overwrite another's result.
        int updated =
                em.createQuery(
                                "update License l set l.credits = l.credits - 1"
                                        + " where l.id = :license and l.credits > 0")
                        .setParameter("license", licenseId)
                        .executeUpdate();
        return updated == 1 ? OptionalInt.of(balance(licenseId)) : OptionalInt.empty();
    }

    @Override
    public int creditOne(String licenseId) {
        em.createQuery("update License l set l.credits = l.credits + 1 where l.id = :license")
                .setParameter("license", licenseId)
                .executeUpdate();
        return balance(licenseId);
    }

    @Override
    public boolean hasRefund(String sessionId) {
        return !em.createQuery(
                        "select e.id from CreditLedgerEntry e where e.sessionId = :session"
                                + " and e.reason = :refund",
                        String.class)
                .setParameter("session", sessionId)
                .setParameter("refund", LedgerReason.REFUND)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void record(CreditLedgerEntry entry) {
        em.persist(entry);
    }

    @Override
    public void add(License license) {
        em.persist(license);
        em.flush();
    }

    @Override
    public List<License> findOwnedBy(String organisationId) {
        return em.createQuery(
                        "select l from License l where l.organisationId = :organisation"
                                + " order by l.name, l.id",
                        License.class)
                .setParameter("organisation", organisationId)
                .getResultList();
    }

    @Override
    public OptionalInt addCredits(String licenseId, int delta) {
        // As for debits: the row lock orders concurrent changes, the condition keeps them >= 0.
        int updated =
                em.createQuery(
                                "update License l set l.credits = l.credits + :delta"
                                        + " where l.id = :license and l.credits + :delta >= 0")
                        .setParameter("delta", delta)
                        .setParameter("license", licenseId)
                        .executeUpdate();
        return updated == 1 ? OptionalInt.of(balance(licenseId)) : OptionalInt.empty();
    }

    @Override
    public List<String> grantees(String licenseId) {
        return em.createQuery(
                        "select g.organisationId from LicenseGrant g where g.licenseId = :license"
                                + " order by g.createdAt, g.organisationId",
                        String.class)
                .setParameter("license", licenseId)
                .getResultList();
    }

    @Override
    public boolean grant(String licenseId, String organisationId, Instant at) {
        if (em.find(LicenseGrant.class, new LicenseGrant.Key(licenseId, organisationId)) != null) {
            return false;
        }
        em.persist(new LicenseGrant(licenseId, organisationId, at));
        return true;
    }

    @Override
    public boolean revokeGrant(String licenseId, String organisationId) {
        return em.createQuery(
                                "delete from LicenseGrant g where g.licenseId = :license"
                                        + " and g.organisationId = :organisation")
                        .setParameter("license", licenseId)
                        .setParameter("organisation", organisationId)
                        .executeUpdate()
                == 1;
    }

    @Override
    public List<CreditLedgerEntry> ledger(
            String licenseId, Instant beforeCreatedAt, String beforeId, int limit) {
        StringBuilder jpql =
                new StringBuilder("select e from CreditLedgerEntry e where e.licenseId = :license");
        if (beforeCreatedAt != null) {
            jpql.append(
                    " and (e.createdAt < :beforeCreatedAt"
                            + " or (e.createdAt = :beforeCreatedAt and e.id < :beforeId))");
        }
        jpql.append(" order by e.createdAt desc, e.id desc");

        TypedQuery<CreditLedgerEntry> query =
                em.createQuery(jpql.toString(), CreditLedgerEntry.class)
                        .setParameter("license", licenseId)
                        .setMaxResults(limit);
        if (beforeCreatedAt != null) {
            query.setParameter("beforeCreatedAt", beforeCreatedAt);
            query.setParameter("beforeId", beforeId);
        }
        return query.getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(l) from License l", Long.class).getSingleResult();
    }

    @Override
    public List<LedgerMismatch> findLedgerMismatches() {
        // One statement, so that it reads one consistent snapshot of balances and entries.
        List<?> rows =
                em.createNativeQuery(
                                "select l.id, l.credits, coalesce(sum(e.delta), 0)"
                                        + " from license l"
                                        + " left join credit_ledger e on e.license_id = l.id"
                                        + " group by l.id, l.credits"
                                        + " having l.credits <> coalesce(sum(e.delta), 0)"
                                        + " order by l.id")
                        .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(
                        row ->
                                new LedgerMismatch(
                                        (String) row[0],
                                        ((Number) row[1]).intValue(),
                                        ((Number) row[2]).longValue()))
                .toList();
    }

    private int balance(String licenseId) {
        return em.createQuery(
                        "select l.credits from License l where l.id = :license", Integer.class)
                .setParameter("license", licenseId)
                .getSingleResult();
    }
}

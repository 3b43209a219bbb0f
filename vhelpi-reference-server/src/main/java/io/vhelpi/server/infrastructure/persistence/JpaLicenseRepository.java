package io.vhelpi.server.infrastructure.persistence;

import io.vhelpi.server.domain.license.CreditLedgerEntry;
import io.vhelpi.server.domain.license.LedgerReason;
import io.vhelpi.server.domain.license.License;
import io.vhelpi.server.domain.license.LicenseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    private int balance(String licenseId) {
        return em.createQuery(
                        "select l.credits from License l where l.id = :license", Integer.class)
                .setParameter("license", licenseId)
                .getSingleResult();
    }
}

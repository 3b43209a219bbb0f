package io.vhelpi.server.domain.license;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Where licenses and the credit ledger are kept. Implemented in the persistence layer. */
public interface LicenseRepository {

    /** The licenses the organisation may charge: its own and those shared with it, by name. */
    List<License> findUsable(String organisationId);

    /** The license with this id, whoever owns it. */
    Optional<License> findById(String licenseId);

    /** One license the organisation may charge, or empty. */
    Optional<License> findUsable(String organisationId, String licenseId);

    /**
     * Takes one credit in a single conditional update that never goes below zero.
     *
     * @return the balance after the debit, or empty when there was no credit left
     */
    OptionalInt debitOne(String licenseId);

    /**
     * Gives one credit back.
     *
     * @return the balance after the refund
     */
    int creditOne(String licenseId);

    /** Whether the session's credit has already been refunded. */
    boolean hasRefund(String sessionId);

    /** Appends an entry to the ledger. */
    void record(CreditLedgerEntry entry);

    /** Stores a new license. */
    void add(License license);

    /** The licenses an organisation owns, by name. */
    List<License> findOwnedBy(String organisationId);

    /**
     * Changes the balance by {@code delta} in a single conditional update that never goes below
     * zero.
     *
     * @return the balance after the change, or empty when it would have gone below zero
     */
    OptionalInt addCredits(String licenseId, int delta);

    /** The organisations the license is granted to, in the order of the grants. */
    List<String> grantees(String licenseId);

    /**
     * Lets another organisation charge the license.
     *
     * @return whether the grant is new
     */
    boolean grant(String licenseId, String organisationId, Instant at);

    /**
     * Takes a grant back.
     *
     * @return whether there was such a grant
     */
    boolean revokeGrant(String licenseId, String organisationId);

    /**
     * A page of the license's ledger, newest entry first, older than the position {@code
     * (beforeCreatedAt, beforeId)} when both are given.
     */
    List<CreditLedgerEntry> ledger(
            String licenseId, Instant beforeCreatedAt, String beforeId, int limit);

    /** How many licenses there are. */
    long count();

    /** Every license whose balance is not the sum of its ledger deltas; empty when all agree. */
    List<LedgerMismatch> findLedgerMismatches();
}

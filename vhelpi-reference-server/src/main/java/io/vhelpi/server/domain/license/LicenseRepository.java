package io.vhelpi.server.domain.license;

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
}

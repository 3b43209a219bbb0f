package io.vhelpi.server.domain.license;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One change of a license balance: when, by whom, why, and for which session. The balance of a
 * license always equals the sum of its entries' deltas.
 */
@Entity
@Table(name = "credit_ledger")
public class CreditLedgerEntry {

    /** The actor of entries the server makes on its own. */
    public static final String SYSTEM_ACTOR = "system";

    @Id private String id;

    @Column(name = "license_id", nullable = false, updatable = false)
    private String licenseId;

    @Column(nullable = false, updatable = false)
    private int delta;

    @Column(name = "balance_after", nullable = false, updatable = false)
    private int balanceAfter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LedgerReason reason;

    @Column(name = "session_id", updatable = false)
    private String sessionId;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CreditLedgerEntry() {
        // for JPA
    }

    /** The debit of one credit for a new session, made by {@code operatorId}. */
    public static CreditLedgerEntry debitFor(
            String licenseId, String sessionId, String operatorId, int balanceAfter, Instant at) {
        CreditLedgerEntry entry = new CreditLedgerEntry();
        entry.id = UUID.randomUUID().toString();
        entry.licenseId = licenseId;
        entry.delta = -1;
        entry.balanceAfter = balanceAfter;
        entry.reason = LedgerReason.DEBIT;
        entry.sessionId = sessionId;
        entry.actor = operatorId;
        entry.createdAt = at;
        return entry;
    }

    /** The refund of the credit of a session whose invitation could not be delivered. */
    public static CreditLedgerEntry refundFor(
            String licenseId, String sessionId, int balanceAfter, Instant at) {
        CreditLedgerEntry entry = new CreditLedgerEntry();
        entry.id = UUID.randomUUID().toString();
        entry.licenseId = licenseId;
        entry.delta = 1;
        entry.balanceAfter = balanceAfter;
        entry.reason = LedgerReason.REFUND;
        entry.sessionId = sessionId;
        entry.actor = SYSTEM_ACTOR;
        entry.createdAt = at;
        return entry;
    }

    public String id() {
        return id;
    }

    public String licenseId() {
        return licenseId;
    }

    public int delta() {
        return delta;
    }

    public int balanceAfter() {
        return balanceAfter;
    }

    public LedgerReason reason() {
        return reason;
    }

    public String sessionId() {
        return sessionId;
    }

    public String actor() {
        return actor;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

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

    @Column(updatable = false)
    private String note;

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

    /**
     * Credits bought or granted: the first credits of a new license or a top-up.
     *
     * @param credits how many, positive
     * @param actor who granted them
     * @param note why, e.g. the order number; may be null
     */
    public static CreditLedgerEntry grant(
            String licenseId,
            int credits,
            int balanceAfter,
            String actor,
            String note,
            Instant at) {
        if (credits <= 0) {
            throw new IllegalArgumentException("A grant adds at least one credit");
        }
        return entry(licenseId, credits, balanceAfter, LedgerReason.GRANT, actor, note, at);
    }

    /**
     * A correction made by hand, up or down, always with the reason written down.
     *
     * @param delta the change, not zero
     * @param note why the balance is corrected; required
     */
    public static CreditLedgerEntry adjustment(
            String licenseId, int delta, int balanceAfter, String actor, String note, Instant at) {
        if (delta == 0 || note == null || note.isBlank()) {
            throw new IllegalArgumentException("An adjustment changes the balance and says why");
        }
        return entry(licenseId, delta, balanceAfter, LedgerReason.ADJUSTMENT, actor, note, at);
    }

    private static CreditLedgerEntry entry(
            String licenseId,
            int delta,
            int balanceAfter,
            LedgerReason reason,
            String actor,
            String note,
            Instant at) {
        CreditLedgerEntry entry = new CreditLedgerEntry();
        entry.id = UUID.randomUUID().toString();
        entry.licenseId = licenseId;
        entry.delta = delta;
        entry.balanceAfter = balanceAfter;
        entry.reason = reason;
        entry.actor = actor;
        entry.note = note;
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

    /** Why the entry was made, in the words of whoever made it; null for sessions' entries. */
    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

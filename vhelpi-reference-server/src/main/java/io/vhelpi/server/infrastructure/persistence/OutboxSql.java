package io.vhelpi.server.infrastructure.persistence;

/**
 * The statements that let several dispatchers share the outbox. Both run on H2 and PostgreSQL.
 *
 * <p>Candidates are read without a lock; each is then claimed alone with {@code FOR UPDATE SKIP
 * LOCKED}. A row another transaction holds is skipped instead of waited for, and a row another
 * transaction has already delivered no longer matches {@code status = 'PENDING'} once that
 * transaction has committed. Claiming one row at a time (rather than {@code LIMIT n FOR UPDATE SKIP
 * LOCKED}) behaves the same on both databases: H2 applies the limit before skipping.
 */
public final class OutboxSql {

    /** Parameters: the current instant, the most ids to return. */
    public static final String DUE_IDS =
            "select id from invitation where status = 'PENDING' and next_attempt_at <= ?"
                    + " order by next_attempt_at, id limit ?";

    /** Parameters: the invitation id, the current instant. Returns the id when claimed. */
    public static final String CLAIM =
            "select id from invitation where id = ? and status = 'PENDING'"
                    + " and next_attempt_at <= ? for update skip locked";

    private OutboxSql() {}
}

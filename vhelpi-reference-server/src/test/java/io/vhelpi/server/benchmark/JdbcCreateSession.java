package io.vhelpi.server.benchmark;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The statements the server runs to create a session, issued directly over JDBC: the baseline the
 * server is compared with. The create transaction is the one of the server's session creation;
 * {@code full} adds what the server does after it commits (deliver the invitation to the outbox in
 * a second transaction, read the session back for the answer).
 */
final class JdbcCreateSession {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private JdbcCreateSession() {}

    static void run(
            Connection connection,
            String organisationId,
            String operatorId,
            String licenseId,
            String caseNumber,
            boolean full)
            throws SQLException {
        Instant now = Instant.now();
        String sessionId = UUID.randomUUID().toString();
        String invitationId = UUID.randomUUID().toString();
        String token = token();
        String link = "http://localhost/j/" + token;
        String text = "Benchmark Biztosító: videós kárszemle, ügyszám " + caseNumber + ". " + link;

        try {
            query(
                    connection,
                    "select id from inspection_session where organisation_id = ?"
                            + " and operator_id = ? and status in ('INVITED', 'IN_PROGRESS')"
                            + " for update",
                    organisationId,
                    operatorId);
            query(
                    connection,
                    "select id, organisation_id, name, credits, created_at from license"
                            + " where (organisation_id = ? or id in (select license_id from"
                            + " license_grant where organisation_id = ?)) and id = ?",
                    organisationId,
                    organisationId,
                    licenseId);
            int debited =
                    update(
                            connection,
                            "update license set credits = credits - 1"
                                    + " where id = ? and credits > 0",
                            licenseId);
            if (debited != 1) {
                throw new IllegalStateException("The benchmark license ran out of credits");
            }
            int balance =
                    queryInt(connection, "select credits from license where id = ?", licenseId);
            update(
                    connection,
                    "insert into inspection_session (id, organisation_id, operator_id,"
                            + " active_operator, license_id, case_number, channel, recipient,"
                            + " status, join_token_hash, created_at, last_activity_at,"
                            + " expires_at) values (?, ?, ?, ?, ?, ?, 'SMS', '+36306167347',"
                            + " 'INVITED', ?, ?, ?, ?)",
                    sessionId,
                    organisationId,
                    operatorId,
                    operatorId,
                    licenseId,
                    caseNumber,
                    CreateSessionBenchmark.sha256(token),
                    Timestamp.from(now),
                    Timestamp.from(now),
                    Timestamp.from(now.plus(Duration.ofHours(1))));
            query(
                    connection,
                    "select id, name, created_at from organisation where id = ?",
                    organisationId);
            update(
                    connection,
                    "insert into credit_ledger (id, license_id, delta, balance_after, reason,"
                            + " session_id, actor, created_at)"
                            + " values (?, ?, -1, ?, 'DEBIT', ?, ?, ?)",
                    UUID.randomUUID().toString(),
                    licenseId,
                    balance,
                    sessionId,
                    operatorId,
                    Timestamp.from(now));
            update(
                    connection,
                    "insert into invitation (id, session_id, channel, recipient, body, link,"
                            + " status, attempts, created_at)"
                            + " values (?, ?, 'SMS', '+36306167347', ?, ?, 'PENDING', 0, ?)",
                    invitationId,
                    sessionId,
                    text,
                    link,
                    Timestamp.from(now));
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        if (!full) {
            return;
        }

        try {
            query(
                    connection,
                    "select id, status from invitation where id = ? for update",
                    invitationId);
            update(
                    connection,
                    "insert into dev_outbox_message (id, session_id, channel, recipient, body,"
                            + " link, created_at) values (?, ?, 'SMS', '+36306167347', ?, ?, ?)",
                    UUID.randomUUID().toString(),
                    sessionId,
                    text,
                    link,
                    Timestamp.from(now));
            update(
                    connection,
                    "update invitation set status = 'SENT', attempts = attempts + 1, sent_at = ?,"
                            + " body = null, link = null where id = ?",
                    Timestamp.from(now),
                    invitationId);
            connection.commit();

            query(connection, "select * from inspection_session where id = ?", sessionId);
            query(connection, "select * from invitation where session_id in (?)", sessionId);
            query(connection, "select * from license where id = ?", licenseId);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static String token() {
        char[] token = new char[24];
        for (int i = 0; i < token.length; i++) {
            token[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(token);
    }

    private static void query(Connection connection, String sql, Object... values)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getObject(1);
            }
        }
    }

    private static int queryInt(Connection connection, String sql, Object... values)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int update(Connection connection, String sql, Object... values)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... values)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }
}

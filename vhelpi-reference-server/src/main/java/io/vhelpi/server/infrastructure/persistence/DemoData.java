package io.vhelpi.server.infrastructure.persistence;

import io.vhelpi.core.format.DisplayFormats;
import io.vhelpi.server.domain.session.JoinToken;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo organisation of the embedded default, as the operator manual shows it: the license
 * "Saját licenz" with 192 credits, the operator {@code demo.operator}, a demo API key, and the ten
 * sessions of the manual's history table (with fictional customer contacts). Added once; never in
 * production mode, where the demo key is refused anyway.
 */
@ApplicationScoped
public class DemoData {

    /** The demo organisation's API key; published in the README, valid on the embedded default. */
    public static final String DEMO_API_KEY = "vh_demo_7Jq2xW9kLm4Rt8Zp3Nc6Vb5H";

    public static final String ORGANISATION_ID = "0f3c2a9e-5d47-4b8e-9a11-6c1d2e3f4a01";
    public static final String LICENSE_ID = "5b1f4a52-9a8e-4c1e-9a57-3c2b9c1d2e01";
    public static final String OPERATOR_ID = "demo.operator";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final int CREDITS_BOUGHT = 202;
    private static final Instant CREDITS_BOUGHT_AT = Instant.parse("2024-07-01T08:00:00Z");

    /** One row of the manual's history table. */
    private record ManualRow(
            String caseNumber, String createdAt, String duration, String contact) {}

    /** The manual's table, oldest first; times are Budapest local time. */
    private static final List<ManualRow> HISTORY =
            List.of(
                    new ManualRow("#1234213", "2024-07-14T12:54", "65:27", "+36301110110"),
                    new ManualRow("#6244235", "2024-08-01T20:59", "00:32", "+36201110109"),
                    new ManualRow("#5234656234", "2024-10-03T14:19", "04:46", "+36701110108"),
                    new ManualRow("#34243", "2025-01-05T20:51", "01:58", "ugyfel.hat@example.com"),
                    new ManualRow("#37234543", "2025-01-18T23:49", "04:24", "+36301110106"),
                    new ManualRow("#1351123", "2025-01-19T12:52", "00:08", "+36501110105"),
                    new ManualRow("#23423523", "2025-01-19T13:12", "01:22", "+36301110104"),
                    new ManualRow("#234623423", "2025-01-20T11:33", "16:06", "+36311110103"),
                    new ManualRow(
                            "#435234234", "2025-01-20T12:23", "67:00", "ugyfel.ketto@example.com"),
                    new ManualRow("#52345234", "2025-01-22T14:37", "04:40", "+36301110101"));

    /** Adds the demo organisation unless it is already there. */
    public void ensurePresent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (exists(connection)) {
                return;
            }
            insertOrganisation(connection);
            insertHistory(connection);
            connection.commit();
            LOG.info(
                    "Demo organisation added: license {} with {} credits, operator {}",
                    LICENSE_ID,
                    CREDITS_BOUGHT - HISTORY.size(),
                    OPERATOR_ID);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add the demo organisation", e);
        }
    }

    private static boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("select count(*) from organisation where id = ?")) {
            query.setString(1, ORGANISATION_ID);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getInt(1) > 0;
            }
        }
    }

    private static void insertOrganisation(Connection connection) throws SQLException {
        Timestamp boughtAt = Timestamp.from(CREDITS_BOUGHT_AT);
        update(
                connection,
                "insert into organisation (id, name, created_at) values (?, ?, ?)",
                ORGANISATION_ID,
                "Demo Biztosító",
                boughtAt);
        update(
                connection,
                "insert into api_key (id, organisation_id, key_hash, key_prefix, label, demo,"
                        + " created_at) values (?, ?, ?, ?, ?, true, ?)",
                UUID.randomUUID().toString(),
                ORGANISATION_ID,
                JoinToken.sha256Hex(DEMO_API_KEY),
                DEMO_API_KEY.substring(0, 12),
                "Demo key of the embedded default",
                boughtAt);
        update(
                connection,
                "insert into license (id, organisation_id, name, credits, created_at)"
                        + " values (?, ?, ?, ?, ?)",
                LICENSE_ID,
                ORGANISATION_ID,
                "Saját licenz",
                CREDITS_BOUGHT - HISTORY.size(),
                boughtAt);
        update(
                connection,
                "insert into credit_ledger (id, license_id, delta, balance_after, reason, actor,"
                        + " note, created_at) values (?, ?, ?, ?, 'GRANT', 'system', ?, ?)",
                UUID.randomUUID().toString(),
                LICENSE_ID,
                CREDITS_BOUGHT,
                CREDITS_BOUGHT,
                "Demo credits",
                boughtAt);
    }

    private static void insertHistory(Connection connection) throws SQLException {
        int balance = CREDITS_BOUGHT;
        for (ManualRow row : HISTORY) {
            String sessionId = UUID.randomUUID().toString();
            Instant created =
                    LocalDateTime.parse(row.createdAt())
                            .atZone(DisplayFormats.BUDAPEST)
                            .toInstant();
            Instant joined = created.plusSeconds(40);
            Instant ended = joined.plus(parseDuration(row.duration()));
            String channel = row.contact().startsWith("+") ? "SMS" : "EMAIL";
            balance--;

            update(
                    connection,
                    "insert into inspection_session (id, organisation_id, operator_id, license_id,"
                            + " case_number, channel, recipient, status, created_at, joined_at,"
                            + " last_activity_at, ended_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, 'CLOSED', ?, ?, ?, ?)",
                    sessionId,
                    ORGANISATION_ID,
                    OPERATOR_ID,
                    LICENSE_ID,
                    row.caseNumber(),
                    channel,
                    row.contact(),
                    Timestamp.from(created),
                    Timestamp.from(joined),
                    Timestamp.from(ended),
                    Timestamp.from(ended));
            update(
                    connection,
                    "insert into invitation (id, session_id, channel, recipient, status, attempts,"
                            + " created_at, sent_at) values (?, ?, ?, ?, 'SENT', 1, ?, ?)",
                    UUID.randomUUID().toString(),
                    sessionId,
                    channel,
                    row.contact(),
                    Timestamp.from(created),
                    Timestamp.from(created));
            update(
                    connection,
                    "insert into credit_ledger (id, license_id, delta, balance_after, reason,"
                            + " session_id, actor, created_at)"
                            + " values (?, ?, -1, ?, 'DEBIT', ?, ?, ?)",
                    UUID.randomUUID().toString(),
                    LICENSE_ID,
                    balance,
                    sessionId,
                    OPERATOR_ID,
                    Timestamp.from(created));
        }
    }

    private static Duration parseDuration(String minutesAndSeconds) {
        String[] parts = minutesAndSeconds.split(":");
        return Duration.ofMinutes(Long.parseLong(parts[0])).plusSeconds(Long.parseLong(parts[1]));
    }

    private static void update(Connection connection, String sql, Object... values)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}

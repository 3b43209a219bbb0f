package io.vhelpi.server.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/**
 * An organisation whose history holds a given number of closed sessions of 50 operators, made in
 * one {@code generate_series} statement, and the plans of the two history queries on it.
 */
record HistoryOrganisation(String organisationId, String apiKey, int sessions) {

    private static final int OPERATORS = 50;
    private static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");

    /** Opens a connection to the benchmark's database. */
    interface Connections {
        Connection open() throws SQLException;
    }

    static HistoryOrganisation create(Connections connections, int sessions) throws SQLException {
        String organisationId = UUID.randomUUID().toString();
        String licenseId = UUID.randomUUID().toString();
        String apiKey = "vh_hist_" + UUID.randomUUID().toString().replace("-", "");
        Timestamp now = Timestamp.from(Instant.now());

        try (Connection connection = connections.open()) {
            connection.setAutoCommit(false);
            CreateSessionBenchmark.update(
                    connection,
                    "insert into organisation (id, name, created_at) values (?, ?, ?)",
                    organisationId,
                    "Történet " + sessions,
                    now);
            CreateSessionBenchmark.update(
                    connection,
                    "insert into api_key (id, organisation_id, key_hash, key_prefix, label,"
                            + " created_at) values (?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID().toString(),
                    organisationId,
                    CreateSessionBenchmark.sha256(apiKey),
                    apiKey.substring(0, 12),
                    "History benchmark",
                    now);
            CreateSessionBenchmark.update(
                    connection,
                    "insert into license (id, organisation_id, name, credits, created_at)"
                            + " values (?, ?, 'Történet licenz', 0, ?)",
                    licenseId,
                    organisationId,
                    now);

            // One statement: a session every 90 seconds back from now, 50 operators in turn,
            // each joined after 30 s and closed after 5 min.
            CreateSessionBenchmark.update(
                    connection,
                    "insert into inspection_session (id, organisation_id, operator_id,"
                            + " license_id, case_number, channel, recipient, status, created_at,"
                            + " joined_at, last_activity_at, ended_at)"
                            + " select gen_random_uuid()::text, ?, 'hist.op' || (g % "
                            + OPERATORS
                            + "), ?, 'H' || lpad(g::text, 9, '0'), 'SMS', '+36301110110', 'CLOSED',"
                            + " t, t + interval '30 seconds', t + interval '5 minutes', t +"
                            + " interval '5 minutes' from generate_series(1, ?) as g, lateral"
                            + " (select ?::timestamptz - g * interval '90 seconds') as c(t)",
                    organisationId,
                    licenseId,
                    sessions,
                    now);
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("analyze inspection_session");
            }
        }
        return new HistoryOrganisation(organisationId, apiKey, sessions);
    }

    /** The operator whose history is measured. */
    String measuredOperator() {
        return "hist.op0";
    }

    /** The plans of both history queries, as the server runs them, in Markdown. */
    String explain(Connections connections, LocalDate day) throws SQLException {
        String columns =
                "s.id, s.organisation_id, s.operator_id, s.license_id, s.case_number,"
                        + " s.external_reference, s.channel, s.recipient, s.status,"
                        + " s.created_at, s.joined_at, s.last_activity_at, s.expires_at,"
                        + " s.ended_at";
        String where =
                " from inspection_session s where s.organisation_id = '"
                        + organisationId
                        + "' and s.operator_id = '"
                        + measuredOperator()
                        + "'";
        String last10 =
                "select " + columns + where + " order by s.created_at desc, s.id desc limit 11";
        String oneDay =
                "select "
                        + columns
                        + where
                        + " and s.created_at >= '"
                        + day.atStartOfDay(BUDAPEST).toInstant()
                        + "' and s.created_at < '"
                        + day.plusDays(1).atStartOfDay(BUDAPEST).toInstant()
                        + "' order by s.created_at desc, s.id desc limit 101";

        StringBuilder markdown = new StringBuilder();
        try (Connection connection = connections.open()) {
            markdown.append(
                    plan(
                            connection,
                            String.format(Locale.ROOT, "%,d sessions: last 10", sessions),
                            last10));
            markdown.append(
                    plan(
                            connection,
                            String.format(Locale.ROOT, "%,d sessions: one day", sessions),
                            oneDay));
        }
        return markdown.toString();
    }

    private static String plan(Connection connection, String title, String sql)
            throws SQLException {
        StringBuilder markdown = new StringBuilder();
        markdown.append("#### ").append(title).append("\n\n```\n");
        markdown.append(sql).append(";\n\n");
        // Once to warm the cache as the measured calls did, then the plan that is shown.
        run(connection, "explain (analyze) " + sql);
        markdown.append(run(connection, "explain (analyze, buffers) " + sql));
        markdown.append("```\n\n");
        return markdown.toString();
    }

    private static String run(Connection connection, String sql) throws SQLException {
        StringBuilder lines = new StringBuilder();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                lines.append(rows.getString(1)).append('\n');
            }
        }
        return lines.toString();
    }
}

package io.vhelpi.server.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migrations and the outbox statements of {@link OutboxSql} on both databases the server runs
 * on: H2 in PostgreSQL mode (the embedded default) and a real PostgreSQL server.
 */
class OutboxDatabasesTest {

    private static final Instant NOW = Instant.parse("2025-01-22T13:37:00Z");
    private static final String ORGANISATION = "0f3c2a9e-5d47-4b8e-9a11-6c1d2e3f4a99";
    private static final String LICENSE = "5b1f4a52-9a8e-4c1e-9a57-3c2b9c1d2e99";

    private static EmbeddedPostgres postgres;
    private static DataSource h2;
    private static DataSource postgresql;
    private static final AtomicInteger OPERATORS = new AtomicInteger();

    @BeforeAll
    static void startDatabases() throws IOException, SQLException {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL(
                "jdbc:h2:mem:outbox;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        memory.setUser("sa");
        memory.setPassword("sa");
        h2 = memory;
        postgres = EmbeddedPostgres.start();
        postgresql = postgres.getPostgresDatabase();

        for (DataSource database : List.of(h2, postgresql)) {
            Flyway.configure()
                    .dataSource(database)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            insertOrganisation(database);
        }
    }

    @AfterAll
    static void stopDatabases() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", h2), Arguments.of("PostgreSQL", postgresql));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aClaimedInvitationIsSkippedByASecondDispatcherWithoutWaiting(
            String name, DataSource database) throws SQLException {
        String first = insertPendingInvitation(database);
        String second = insertPendingInvitation(database);

        try (Connection one = transaction(database);
                Connection two = transaction(database)) {
            assertThat(claim(one, first)).isTrue();

            assertThat(claim(two, first)).isFalse();
            assertThat(claim(two, second)).isTrue();

            markSent(one, first);
            one.commit();
            assertThat(claim(two, first)).isFalse();
            two.rollback();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anInvitationWhoseNextTryIsNotDueIsNotClaimed(String name, DataSource database)
            throws SQLException {
        String later = insertPendingInvitation(database);
        update(
                database,
                "update invitation set next_attempt_at = ? where id = ?",
                Timestamp.from(NOW.plusSeconds(60)),
                later);

        try (Connection connection = transaction(database)) {
            assertThat(claim(connection, later)).isFalse();
            assertThat(dueIds(connection)).doesNotContain(later);
            connection.rollback();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoDispatchersWorkingAtOnceSendEachInvitationExactlyOnce(String name, DataSource database)
            throws Exception {
        List<String> invitations = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            invitations.add(insertPendingInvitation(database));
        }
        Map<String, AtomicInteger> sent = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);

        ExecutorService dispatchers = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> dispatcher = () -> dispatch(database, start, sent);
            Future<Integer> one = dispatchers.submit(dispatcher);
            Future<Integer> two = dispatchers.submit(dispatcher);
            start.countDown();

            assertThat(one.get() + two.get()).isGreaterThanOrEqualTo(invitations.size());
        } finally {
            dispatchers.shutdownNow();
        }

        for (String invitation : invitations) {
            assertThat(sent.get(invitation)).as(invitation).hasValue(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aTemplateHeaderWithALineBreakOrATextWithoutTheLinkIsRefused(
            String name, DataSource database) {
        String insert =
                "insert into invitation_template (organisation_id, sms_text, email_subject,"
                        + " email_sender_name, updated_at) values (?, ?, ?, ?, ?)";
        Timestamp at = Timestamp.from(NOW);

        assertThatThrownBy(
                        () ->
                                update(
                                        database,
                                        insert,
                                        ORGANISATION,
                                        null,
                                        null,
                                        "Példa\r\nBcc: x@example.hu",
                                        at))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(
                        () ->
                                update(
                                        database,
                                        insert,
                                        ORGANISATION,
                                        null,
                                        "Meghívó\nBcc: x@example.hu",
                                        null,
                                        at))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(
                        () -> update(database, insert, ORGANISATION, "Nincs link", null, null, at))
                .isInstanceOf(SQLException.class);
    }

    /** Claims due invitations one at a time until none is left; returns how many it sent. */
    private static int dispatch(
            DataSource database, CountDownLatch start, Map<String, AtomicInteger> sent)
            throws Exception {
        start.await();
        int count = 0;
        while (true) {
            List<String> due;
            try (Connection connection = transaction(database)) {
                due = dueIds(connection);
                connection.rollback();
            }
            due.removeIf(id -> !id.startsWith("bulk-"));
            if (due.isEmpty()) {
                return count;
            }
            for (String id : due) {
                try (Connection connection = transaction(database)) {
                    if (claim(connection, id)) {
                        sent.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
                        markSent(connection, id);
                        count++;
                    }
                    connection.commit();
                }
            }
        }
    }

    private static boolean claim(Connection connection, String invitationId) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(OutboxSql.CLAIM)) {
            claim.setString(1, invitationId);
            claim.setTimestamp(2, Timestamp.from(NOW));
            try (ResultSet result = claim.executeQuery()) {
                return result.next();
            }
        }
    }

    private static List<String> dueIds(Connection connection) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement due = connection.prepareStatement(OutboxSql.DUE_IDS)) {
            due.setTimestamp(1, Timestamp.from(NOW));
            due.setInt(2, 50);
            try (ResultSet result = due.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString(1));
                }
            }
        }
        return ids;
    }

    private static void markSent(Connection connection, String invitationId) throws SQLException {
        try (PreparedStatement sent =
                connection.prepareStatement(
                        "update invitation set status = 'SENT', attempts = attempts + 1,"
                                + " next_attempt_at = null where id = ?")) {
            sent.setString(1, invitationId);
            sent.executeUpdate();
        }
    }

    private static Connection transaction(DataSource database) throws SQLException {
        Connection connection = database.getConnection();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return connection;
    }

    private static void insertOrganisation(DataSource database) throws SQLException {
        Timestamp at = Timestamp.from(NOW);
        update(
                database,
                "insert into organisation (id, name, created_at) values (?, ?, ?)",
                ORGANISATION,
                "Teszt Biztosító",
                at);
        update(
                database,
                "insert into license (id, organisation_id, name, credits, created_at)"
                        + " values (?, ?, ?, ?, ?)",
                LICENSE,
                ORGANISATION,
                "Teszt licenz",
                1000,
                at);
    }

    /** A session that already ended, so that any number fit beside each other. */
    private static String insertPendingInvitation(DataSource database) throws SQLException {
        String session = UUID.randomUUID().toString();
        String invitation = "bulk-" + UUID.randomUUID().toString().substring(5);
        Timestamp at = Timestamp.from(NOW.minusSeconds(1));
        update(
                database,
                "insert into inspection_session (id, organisation_id, operator_id, license_id,"
                        + " case_number, channel, recipient, status, created_at,"
                        + " last_activity_at, ended_at)"
                        + " values (?, ?, ?, ?, 'KAR2025001', 'SMS', '+36306167347', 'CLOSED',"
                        + " ?, ?, ?)",
                session,
                ORGANISATION,
                "operator-" + OPERATORS.incrementAndGet(),
                LICENSE,
                at,
                at,
                at);
        update(
                database,
                "insert into invitation (id, session_id, channel, recipient, body, link, status,"
                        + " created_at, next_attempt_at)"
                        + " values (?, ?, 'SMS', '+36306167347', 'text', 'link', 'PENDING', ?, ?)",
                invitation,
                session,
                at,
                at);
        return invitation;
    }

    private static void update(DataSource database, String sql, Object... values)
            throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}

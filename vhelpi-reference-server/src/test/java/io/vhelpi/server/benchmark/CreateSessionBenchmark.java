package io.vhelpi.server.benchmark;

import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.model.HistoryPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Measures the create-session path through SDK, WildFly and PostgreSQL at 1, 4 and 16 concurrent
 * operators beside the same SQL run directly over JDBC in the same run, and the history at 1 000
 * and 1 000 000 sessions in an organisation, with the query plans. Prints a Markdown report and
 * writes it to the file named by the last argument.
 *
 * <p>Arguments: the server's base URL, the JDBC URL of its database, user, password, report file.
 * Every request goes to loopback; every loop is bounded by a count.
 */
public final class CreateSessionBenchmark {

    private static final int[] CONCURRENCY = {1, 4, 16};
    private static final int WARM_UP_CREATES = 400;
    private static final int MEASURED_CREATES = 1_200;
    private static final int HISTORY_CALLS = 300;
    private static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");

    private final String baseUrl;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final StringBuilder report = new StringBuilder();

    private String organisationId;
    private String licenseId;
    private String apiKey;

    private CreateSessionBenchmark(String baseUrl, String jdbcUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            throw new IllegalArgumentException(
                    "Arguments: <base URL> <JDBC URL> <user> <password> <report file>");
        }
        CreateSessionBenchmark benchmark =
                new CreateSessionBenchmark(args[0], args[1], args[2], args[3]);
        benchmark.run();
        Path file = Path.of(args[4]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, benchmark.report);
    }

    private void run() throws Exception {
        describeMachine();
        prepareOrganisation();

        try (VhelpiClient client =
                VhelpiClient.builder()
                        .baseUrl(baseUrl)
                        .apiKey(apiKey)
                        .maxAttempts(1)
                        .readTimeout(Duration.ofSeconds(60))
                        .build()) {
            createViaServer(client, "warm", 4, WARM_UP_CREATES);
            createViaJdbc("warm", 4, WARM_UP_CREATES, false);

            line("## Create session: SDK → WildFly → PostgreSQL beside direct JDBC");
            line("");
            line(
                    "Each create is a new operator's first session (so none waits for another's"
                            + " active session), on one shared license.");
            line("");
            line(
                    "| operators | path | creates | throughput (/s) | p50 (ms) | p90 (ms) | p99"
                            + " (ms) | max (ms) |");
            line("|---:|---|---:|---:|---:|---:|---:|---:|");
            for (int operators : CONCURRENCY) {
                Measurement server =
                        createViaServer(client, "c" + operators, operators, MEASURED_CREATES);
                Measurement jdbcCreate =
                        createViaJdbc("c" + operators, operators, MEASURED_CREATES, false);
                Measurement jdbcFull =
                        createViaJdbc("f" + operators, operators, MEASURED_CREATES, true);
                row(operators, "server (SDK → WildFly → PostgreSQL)", server);
                row(operators, "JDBC: the create transaction", jdbcCreate);
                row(operators, "JDBC: create + delivery + read-back", jdbcFull);
                line(
                        String.format(
                                Locale.ROOT,
                                "| %d | **ratio server / JDBC create** | | %.2f× | %.2f× | | %.2f×"
                                        + " | |",
                                operators,
                                jdbcCreate.throughput() / server.throughput(),
                                server.percentile(50) / jdbcCreate.percentile(50),
                                server.percentile(99) / jdbcCreate.percentile(99)));
            }
            line("");
            line(
                    "The ratio row reads: JDBC's throughput is N× the server's; the server's p50"
                            + " and p99 are N× JDBC's.");
            line("");

            history();
        }
        System.out.println(report);
    }

    // ---------------------------------------------------------------- set-up

    private void describeMachine() throws SQLException {
        line("# Benchmark results");
        line("");
        line("| | |");
        line("|---|---|");
        line("| date | " + Instant.now() + " |");
        line("| processors | " + Runtime.getRuntime().availableProcessors() + " |");
        line(
                "| memory | "
                        + physicalMemoryGiB()
                        + " GiB physical; benchmark JVM max heap "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                        + " MiB |");
        line(
                "| Java | "
                        + System.getProperty("java.vm.name")
                        + " "
                        + System.getProperty("java.version")
                        + " |");
        line(
                "| OS | "
                        + System.getProperty("os.name")
                        + " "
                        + System.getProperty("os.arch")
                        + " |");
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("show server_version")) {
            version.next();
            line("| PostgreSQL | " + version.getString(1) + " (embedded, on the same machine) |");
        }
        line("");
    }

    private static String physicalMemoryGiB() {
        try {
            for (String meminfo : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (meminfo.startsWith("MemTotal:")) {
                    long kib = Long.parseLong(meminfo.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f", kib / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: say so below
        }
        return "unknown";
    }

    /** An organisation with a host key and a license large enough for every create. */
    private void prepareOrganisation() throws SQLException {
        organisationId = UUID.randomUUID().toString();
        licenseId = UUID.randomUUID().toString();
        apiKey = "vh_bench_" + UUID.randomUUID().toString().replace("-", "");
        int credits = 10_000_000;
        Timestamp now = Timestamp.from(Instant.now());

        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            update(
                    connection,
                    "insert into organisation (id, name, created_at) values (?, ?, ?)",
                    organisationId,
                    "Benchmark Biztosító",
                    now);
            update(
                    connection,
                    "insert into api_key (id, organisation_id, key_hash, key_prefix, label,"
                            + " created_at) values (?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID().toString(),
                    organisationId,
                    sha256(apiKey),
                    apiKey.substring(0, 12),
                    "Benchmark",
                    now);
            update(
                    connection,
                    "insert into license (id, organisation_id, name, credits, created_at)"
                            + " values (?, ?, ?, ?, ?)",
                    licenseId,
                    organisationId,
                    "Benchmark licenz",
                    credits,
                    now);
            update(
                    connection,
                    "insert into credit_ledger (id, license_id, delta, balance_after, reason,"
                            + " actor, created_at) values (?, ?, ?, ?, 'GRANT', 'benchmark', ?)",
                    UUID.randomUUID().toString(),
                    licenseId,
                    credits,
                    credits,
                    now);
            connection.commit();
        }
    }

    // ---------------------------------------------------------------- create session

    private Measurement createViaServer(VhelpiClient client, String run, int operators, int creates)
            throws Exception {
        return measure(
                operators,
                creates,
                (thread, i) -> {
                    client.operator("bench." + run + "." + thread + "." + i)
                            .invite()
                            .bySms("+36 30 616 7347")
                            .onLicense(licenseId)
                            .caseNumber(String.format(Locale.ROOT, "B%09d", i))
                            .send();
                    return null;
                });
    }

    private Measurement createViaJdbc(String run, int operators, int creates, boolean full)
            throws Exception {
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < operators; i++) {
            Connection connection = connect();
            connection.setAutoCommit(false);
            connections.add(connection);
        }
        try {
            return measure(
                    operators,
                    creates,
                    (thread, i) -> {
                        JdbcCreateSession.run(
                                connections.get(thread),
                                organisationId,
                                "jdbc." + run + "." + thread + "." + i,
                                licenseId,
                                String.format(Locale.ROOT, "J%09d", i),
                                full);
                        return null;
                    });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    /** One call of a measured loop: the thread's number and the call's number in the thread. */
    private interface Call {
        Object call(int thread, int i) throws Exception;
    }

    /** Runs {@code total} calls spread over {@code threads} threads, timing each. */
    private static Measurement measure(int threads, int total, Call call) throws Exception {
        int perThread = total / threads;
        long[][] latencies = new long[threads][perThread];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(
                        pool.submit(
                                () -> {
                                    gate.await();
                                    for (int i = 0; i < perThread; i++) {
                                        long started = System.nanoTime();
                                        call.call(thread, i);
                                        latencies[thread][i] = System.nanoTime() - started;
                                    }
                                    return null;
                                }));
            }
            long started = System.nanoTime();
            gate.countDown();
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.MINUTES);
            }
            long elapsed = System.nanoTime() - started;
            return new Measurement(
                    Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray(),
                    elapsed);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sorted latencies in nanoseconds and the wall time of the whole loop. */
    private record Measurement(long[] sortedNanos, long wallNanos) {

        double throughput() {
            return sortedNanos.length / (wallNanos / 1e9);
        }

        double percentile(int p) {
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
        }

        double maxMillis() {
            return sortedNanos[sortedNanos.length - 1] / 1e6;
        }
    }

    private void row(int operators, String path, Measurement m) {
        line(
                String.format(
                        Locale.ROOT,
                        "| %d | %s | %d | %.0f | %.2f | %.2f | %.2f | %.2f |",
                        operators,
                        path,
                        m.sortedNanos().length,
                        m.throughput(),
                        m.percentile(50),
                        m.percentile(90),
                        m.percentile(99),
                        m.maxMillis()));
    }

    // ---------------------------------------------------------------- history

    private void history() throws Exception {
        line("## History at 1 000 and 1 000 000 sessions in the organisation");
        line("");
        line(
                "Sessions of 50 operators, one every 90 seconds going back from now; the measured"
                        + " operator has 1/50 of them. Rows are generated in SQL"
                        + " (`generate_series`), then `ANALYZE`d.");
        line("");
        line(
                "| sessions in the organisation | query | calls | p50 (ms) | p90 (ms) | p99 (ms) |"
                        + " rows per call |");
        line("|---:|---|---:|---:|---:|---:|---:|");

        List<String> plans = new ArrayList<>();
        for (int sessions : new int[] {1_000, 1_000_000}) {
            HistoryOrganisation organisation = HistoryOrganisation.create(this::connect, sessions);
            LocalDate day = LocalDate.now(BUDAPEST).minusDays(1);
            try (VhelpiClient client =
                    VhelpiClient.builder()
                            .baseUrl(baseUrl)
                            .apiKey(organisation.apiKey())
                            .maxAttempts(1)
                            .build()) {
                String operator = organisation.measuredOperator();
                int[] rows = new int[2];
                Measurement last10 =
                        measure(
                                1,
                                HISTORY_CALLS,
                                (thread, i) -> {
                                    HistoryPage page = client.operator(operator).history().fetch();
                                    rows[0] = page.items().size();
                                    return null;
                                });
                Measurement oneDay =
                        measure(
                                1,
                                HISTORY_CALLS,
                                (thread, i) -> {
                                    HistoryPage page =
                                            client.operator(operator)
                                                    .history()
                                                    .onDay(day)
                                                    .limit(100)
                                                    .fetch();
                                    rows[1] = page.items().size();
                                    return null;
                                });
                historyRow(sessions, "last 10", last10, rows[0]);
                historyRow(sessions, "one day (" + day + ")", oneDay, rows[1]);
            }
            plans.add(organisation.explain(this::connect, day));
        }
        line("");
        line("### Query plans (`EXPLAIN (ANALYZE, BUFFERS)`)");
        line("");
        for (String plan : plans) {
            line(plan);
        }
    }

    private void historyRow(int sessions, String query, Measurement m, int rows) {
        line(
                String.format(
                        Locale.ROOT,
                        "| %,d | %s | %d | %.2f | %.2f | %.2f | %d |",
                        sessions,
                        query,
                        m.sortedNanos().length,
                        m.percentile(50),
                        m.percentile(90),
                        m.percentile(99),
                        rows));
    }

    // ---------------------------------------------------------------- helpers

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    private void line(String text) {
        report.append(text).append('\n');
    }

    static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(
                                            text.getBytes(
                                                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

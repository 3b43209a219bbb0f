package io.vhelpi.server.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The real PostgreSQL server of the integration tests, run by the build around them: started before
 * WildFly, stopped after it, its data in a folder of {@code target/} that is deleted on stop.
 *
 * <p>Three commands, each given the working folder:
 *
 * <ul>
 *   <li>{@code run <port> <folder>}: starts PostgreSQL on the port with an empty database {@code
 *       vhelpi}, writes {@code ready} into the folder and keeps it running until {@code stop}
 *       appears there, the process that started it ends, or a last-resort deadline passes;
 *   <li>{@code await <folder> <seconds>}: waits until the server is ready, or fails;
 *   <li>{@code stop <folder> <seconds>}: asks the server to stop and waits until it has.
 * </ul>
 *
 * The build runs {@code run} as a background process and {@code await} and {@code stop} in its own
 * JVM.
 */
public final class EmbeddedPostgresLauncher {

    /** The database the server's datasource uses. */
    public static final String DATABASE = "vhelpi";

    private static final Duration POLL = Duration.ofMillis(100);

    // Nothing a build does takes this long; a server still running then was forgotten.
    private static final Duration LAST_RESORT = Duration.ofHours(3);

    private EmbeddedPostgresLauncher() {}

    /** Runs one command; see the class comment. */
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("run")) {
            Path folder = Path.of(args[2]);
            try {
                run(Integer.parseInt(args[1]), folder);
            } catch (IOException | RuntimeException e) {
                Files.writeString(folder.resolve("failed"), String.valueOf(e));
                throw e;
            }
        } else if (args.length == 3 && args[0].equals("await")) {
            awaitFile(
                    Path.of(args[1]).resolve("ready"), Duration.ofSeconds(Long.parseLong(args[2])));
        } else if (args.length == 3 && args[0].equals("stop")) {
            Path folder = Path.of(args[1]);
            if (Files.exists(folder.resolve("ready"))) {
                Files.writeString(folder.resolve("stop"), "stop");
                awaitFile(folder.resolve("stopped"), Duration.ofSeconds(Long.parseLong(args[2])));
            }
        } else {
            throw new IllegalArgumentException(
                    "Usage: run <port> <folder> | await <folder> <seconds>"
                            + " | stop <folder> <seconds>");
        }
    }

    private static void run(int port, Path folder) throws IOException, InterruptedException {
        recreate(folder);
        EmbeddedPostgres postgres =
                EmbeddedPostgres.builder()
                        .setPort(port)
                        .setDataDirectory(folder.resolve("data"))
                        .setCleanDataDirectory(true)
                        .setServerConfig("max_connections", "100")
                        .start();
        createDatabase(postgres);

        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres, folder)));
        ProcessHandle.current()
                .parent()
                .ifPresent(parent -> parent.onExit().thenRun(stop::countDown));
        Thread watcher =
                new Thread(
                        () -> {
                            awaitQuietly(folder.resolve("stop"));
                            stop.countDown();
                        },
                        "stop-file-watcher");
        watcher.setDaemon(true);
        watcher.start();

        Files.writeString(folder.resolve("ready"), Integer.toString(port));
        stop.await(LAST_RESORT.toMinutes(), TimeUnit.MINUTES);
        close(postgres, folder);
        System.exit(0);
    }

    private static void createDatabase(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    private static synchronized void close(EmbeddedPostgres postgres, Path folder) {
        try {
            if (Files.exists(folder.resolve("stopped"))) {
                return;
            }
            postgres.close();
            Files.deleteIfExists(folder.resolve("ready"));
            Files.writeString(folder.resolve("stopped"), "stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void recreate(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(folder);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static void awaitQuietly(Path file) {
        try {
            awaitFile(file, LAST_RESORT);
        } catch (IllegalStateException | InterruptedException e) {
            // the last-resort deadline ends the server as well
        }
    }

    private static void awaitFile(Path file, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Path failed = file.resolveSibling("failed");
        while (!Files.exists(file)) {
            if (Files.exists(failed)) {
                throw new IllegalStateException(
                        "Embedded PostgreSQL failed to start: " + readQuietly(failed));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "Embedded PostgreSQL: " + file + " did not appear within " + timeout);
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}

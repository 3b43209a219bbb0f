package io.vhelpi.server.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy in front of the reference server that loses answers the way a broken network
 * does: for every {@code n}-th new {@code Idempotency-Key} of a session create, it waits until the
 * server has answered (and so has committed), then resets the caller's connection instead of
 * passing the answer on. Repetitions of a key it has seen are always passed on.
 *
 * <p>It speaks just enough HTTP/1.1 to find the start of each request on a keep-alive connection: a
 * request starts when the caller sends after the server has answered.
 */
final class DroppingProxy implements AutoCloseable {

    private static final int BUFFER = 16 * 1024;

    private final InetSocketAddress target;
    private final int dropEvery;
    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Set<String> keysSeen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger newKeys = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicInteger replayed = new AtomicInteger();

    /**
     * Starts the proxy on a free loopback port.
     *
     * @param server the server's base URL
     * @param dropEvery drop the answer of every n-th new key; 1 drops every first answer
     */
    DroppingProxy(String server, int dropEvery) throws IOException {
        URI uri = URI.create(server);
        this.target = new InetSocketAddress(uri.getHost(), uri.getPort());
        this.dropEvery = dropEvery;
        this.listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    /** The base URL callers use instead of the server's. */
    String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** How many answers were lost on purpose. */
    int dropped() {
        return dropped.get();
    }

    /** How many answers passed on were repetitions of a kept first answer. */
    int replayed() {
        return replayed.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket caller = listener.accept();
                threads.execute(() -> relay(caller));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket caller) {
        try (caller;
                Socket server = new Socket()) {
            server.connect(target, 5_000);
            Exchange exchange = new Exchange();
            threads.execute(() -> forwardRequests(caller, server, exchange));
            forwardAnswers(server, caller, exchange);
        } catch (IOException ignored) {
            // One side went away; both sockets are closed on the way out.
        }
    }

    /** What the proxy knows about the request in progress on one connection. */
    private static final class Exchange {
        final StringBuilder head = new StringBuilder();
        volatile boolean awaitingAnswer;
        volatile boolean drop;
        boolean decided;
    }

    private void forwardRequests(Socket caller, Socket server, Exchange exchange) {
        byte[] buffer = new byte[BUFFER];
        try {
            InputStream in = caller.getInputStream();
            OutputStream out = server.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                synchronized (exchange) {
                    if (!exchange.awaitingAnswer) {
                        exchange.awaitingAnswer = true;
                        exchange.head.setLength(0);
                        exchange.drop = false;
                        exchange.decided = false;
                    }
                    if (!exchange.decided && exchange.head.length() < BUFFER) {
                        exchange.head.append(
                                new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
                        decide(exchange);
                    }
                }
                out.write(buffer, 0, read);
                out.flush();
            }
            server.shutdownOutput();
        } catch (IOException ignored) {
            closeQuietly(server);
        }
    }

    private void decide(Exchange exchange) {
        String head = exchange.head.toString();
        int end = head.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        exchange.decided = true;
        if (!head.startsWith("POST /api/v1/sessions HTTP/")) {
            return;
        }
        String key = header(head.substring(0, end), "idempotency-key");
        if (key != null && keysSeen.add(key) && newKeys.incrementAndGet() % dropEvery == 0) {
            exchange.drop = true;
        }
    }

    private void forwardAnswers(Socket server, Socket caller, Exchange exchange)
            throws IOException {
        byte[] buffer = new byte[BUFFER];
        InputStream in = server.getInputStream();
        OutputStream out = caller.getOutputStream();
        int read;
        while ((read = in.read(buffer)) >= 0) {
            boolean startOfAnswer;
            boolean drop;
            synchronized (exchange) {
                startOfAnswer = exchange.awaitingAnswer;
                drop = exchange.drop;
                exchange.awaitingAnswer = false;
            }
            if (startOfAnswer && drop) {
                dropped.incrementAndGet();
                reset(caller);
                closeQuietly(server);
                return;
            }
            if (startOfAnswer
                    && new String(buffer, 0, read, StandardCharsets.ISO_8859_1)
                            .toLowerCase(Locale.ROOT)
                            .contains("\r\nidempotent-replayed: true")) {
                replayed.incrementAndGet();
            }
            out.write(buffer, 0, read);
            out.flush();
        }
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    // A reset rather than an orderly close: the caller sees the connection break mid-exchange.
    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (SocketException ignored) {
            // closed already
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }
}

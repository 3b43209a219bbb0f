package io.vhelpi.spring;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A Vhelpi server on a free loopback port that knows one API key and one license: the licenses call
 * answers 200 for that key and 401 with a problem document for any other.
 */
final class StubServer implements AutoCloseable {

    static final String API_KEY = "vh_test_Qx8Lm2Rt7Zp4Nc9V";
    static final String LICENSES =
            "[{\"id\":\"5b1f4a52-9a8e-4c1e-9a57-3c2b9c1d2e01\",\"name\":\"Saját licenz\","
                    + "\"kind\":\"OWN\",\"credits\":192}]";
    private static final String UNAUTHORIZED =
            "{\"status\":401,\"code\":\"unauthorized\",\"requestId\":\"r-401\"}";

    private final HttpServer server;

    private StubServer(HttpServer server) {
        this.server = server;
    }

    static StubServer start() {
        try {
            HttpServer server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/api/v1/licenses", StubServer::licenses);
            server.start();
            return new StubServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void licenses(HttpExchange exchange) throws IOException {
        boolean known =
                ("Bearer " + API_KEY)
                        .equals(exchange.getRequestHeaders().getFirst("Authorization"));
        byte[] body = (known ? LICENSES : UNAUTHORIZED).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", known ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(known ? 200 : 401, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

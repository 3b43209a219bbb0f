package io.vhelpi.sdk.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.model.License;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time of one call of {@code GET /api/v1/licenses} against a local stub server: through the
 * SDK, and through plain {@code java.net.http} with the same headers, once reading the body as text
 * and once also mapping it to the same model with Jackson. The ratio of the SDK's time to the
 * plain calls' is the SDK's per-call overhead (pool, headers, retry bookkeeping, Jersey, JSON).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// Without TCP_NODELAY the stub's separate writes of head and body meet delayed ACKs, and every
// call, plain or not, would take some 40 ms of waiting instead of measuring the clients.
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class CallOverheadBenchmark {

    private static final String API_KEY = "vh_bench_7Jq2xW9kLm4Rt8Zp";
    private static final byte[] LICENSES =
            ("[{\"id\": \"5b1f4a52-9a8e-4c1e-9a57-3c2b9c1d2e01\", \"name\": \"Saját licenz\","
                            + " \"kind\": \"OWN\", \"credits\": 192},"
                            + " {\"id\": \"7d1c9b0e-2f4a-4c6b-8e3d-1a2b3c4d5e03\","
                            + " \"name\": \"Másik licenz\", \"kind\": \"SHARED\", \"credits\": 50}]")
                    .getBytes(StandardCharsets.UTF_8);

    private HttpServer stub;
    private ExecutorService stubThreads;
    private VhelpiClient sdk;
    private HttpClient raw;
    private URI licensesUri;
    private ObjectMapper mapper;

    /** Starts the stub on a free loopback port and both clients. */
    @Setup(Level.Trial)
    public void start() throws IOException {
        stubThreads = Executors.newFixedThreadPool(2);
        stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        stub.setExecutor(stubThreads);
        stub.createContext(
                "/api/v1/licenses",
                exchange -> {
                    exchange.getRequestBody().readAllBytes();
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.getResponseHeaders()
                            .add(
                                    "Vhelpi-Request-Id",
                                    exchange.getRequestHeaders().getFirst("Vhelpi-Request-Id"));
                    exchange.sendResponseHeaders(200, LICENSES.length);
                    try (OutputStream body = exchange.getResponseBody()) {
                        body.write(LICENSES);
                    }
                });
        stub.start();
        String baseUrl = "http://127.0.0.1:" + stub.getAddress().getPort();

        sdk = VhelpiClient.builder().baseUrl(baseUrl).apiKey(API_KEY).build();
        raw =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
        licensesUri = URI.create(baseUrl + "/api/v1/licenses");
        mapper =
                new ObjectMapper()
                        .findAndRegisterModules()
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
    }

    /** Stops the clients and the stub. */
    @TearDown(Level.Trial)
    public void stop() {
        sdk.close();
        stub.stop(0);
        stubThreads.shutdownNow();
    }

    /**
     * The call through the SDK.
     *
     * @return the licenses
     */
    @Benchmark
    public List<License> sdk() {
        return sdk.licenses();
    }

    /**
     * The same request with {@code java.net.http}, the body read as text.
     *
     * @return the body
     */
    @Benchmark
    public String rawText() throws IOException, InterruptedException {
        return raw.send(request(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * The same request with {@code java.net.http}, the body mapped to the SDK's model.
     *
     * @return the licenses
     */
    @Benchmark
    public List<License> rawMapped() throws IOException, InterruptedException {
        byte[] body = raw.send(request(), HttpResponse.BodyHandlers.ofByteArray()).body();
        return mapper.readValue(body, new TypeReference<List<License>>() {});
    }

    private HttpRequest request() {
        return HttpRequest.newBuilder(licensesUri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + API_KEY)
                .header("Accept-Language", "en")
                .header("User-Agent", "vhelpi-bench")
                .header("Vhelpi-Request-Id", UUID.randomUUID().toString().replace("-", ""))
                .GET()
                .build();
    }
}

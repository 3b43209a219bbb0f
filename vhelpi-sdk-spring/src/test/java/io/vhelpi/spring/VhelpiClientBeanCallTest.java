package io.vhelpi.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.model.License;
import io.vhelpi.sdk.model.LicenseKind;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The auto-configured client talks to a server with the configured key and user agent. */
class VhelpiClientBeanCallTest {

    private static final String API_KEY = "vh_test_Qx8Lm2Rt7Zp4Nc9V";
    private static final String LICENSES =
            "[{\"id\":\"5b1f4a52-9a8e-4c1e-9a57-3c2b9c1d2e01\",\"name\":\"Saját licenz\","
                    + "\"kind\":\"OWN\",\"credits\":192}]";

    private final List<Headers> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/api/v1/licenses",
                exchange -> {
                    requests.add(exchange.getRequestHeaders());
                    byte[] body = LICENSES.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void clientCallsTheServerWithTheKeyAndTheCustomizedUserAgent() {
        ContextRunners.vhelpi()
                .withPropertyValues(
                        "vhelpi.base-url=http://127.0.0.1:" + server.getAddress().getPort(),
                        "vhelpi.api-key=" + API_KEY,
                        "vhelpi.max-attempts=1")
                .withBean(
                        VhelpiClientBuilderCustomizer.class,
                        () -> builder -> builder.userAgentSuffix("claim-desk/1.0"))
                .run(
                        context -> {
                            List<License> licenses = context.getBean(VhelpiClient.class).licenses();

                            assertThat(licenses)
                                    .containsExactly(
                                            new License(
                                                    "5b1f4a52-9a8e-4c1e-9a57-3c2b9c1d2e01",
                                                    "Saját licenz",
                                                    LicenseKind.OWN,
                                                    192));
                            assertThat(requests).hasSize(1);
                            assertThat(requests.get(0).getFirst("Authorization"))
                                    .isEqualTo("Bearer " + API_KEY);
                            assertThat(requests.get(0).getFirst("User-Agent"))
                                    .startsWith("vhelpi-sdk/")
                                    .endsWith(" claim-desk/1.0");
                        });
    }
}

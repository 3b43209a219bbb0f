package io.vhelpi.sdk;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A WireMock server on a free port and clients pointed at it that never really wait. */
abstract class WireMockTestSupport {

    static final String API_KEY = "vh_test_4f9c2a7b1e6d";
    static final String OPERATOR = "demo.operator";
    static final String LICENSE_ID = "5b1f4a52-9a8e-4c1e-9a57-3c2b9c1d2e01";
    static final String SESSION_ID = "4caa8cf4-0d5e-4a8b-9a43-2a4f7e9b1c11";
    static final String JOIN_TOKEN = "4V9kq0ZbT2mXc8RwLp3sYd7Nh";

    static final String SESSION_JSON =
            """
            {
              "id": "4caa8cf4-0d5e-4a8b-9a43-2a4f7e9b1c11",
              "shortId": "4caa8cf4",
              "caseNumber": "KAR2025001",
              "externalReference": null,
              "channel": "SMS",
              "recipient": "+36306167347",
              "license": {"id": "5b1f4a52-9a8e-4c1e-9a57-3c2b9c1d2e01", "name": "Saját licenz"},
              "operator": "demo.operator",
              "status": "INVITED",
              "invitation": {"status": "SENT", "failureReason": null},
              "joinUrl": "http://localhost:8080/j/4V9kq0ZbT2mXc8RwLp3sYd7Nh",
              "createdAt": "2025-01-22T13:37:00Z",
              "joinedAt": null,
              "closedAt": null,
              "expiresAt": "2025-01-22T14:37:00Z",
              "durationSeconds": 0
            }
            """;

    @RegisterExtension
    static WireMockExtension server =
            WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final List<VhelpiClient> clients = new CopyOnWriteArrayList<>();

    VhelpiClient client() {
        return client(Locale.ENGLISH);
    }

    VhelpiClient client(Locale locale) {
        return remember(builder().locale(locale).build());
    }

    VhelpiClient.Builder builder() {
        return VhelpiClient.builder()
                .baseUrl(server.baseUrl())
                .apiKey(API_KEY)
                .sleeper(sleeps::add);
    }

    VhelpiClient remember(VhelpiClient client) {
        clients.add(client);
        return client;
    }

    @AfterEach
    void closeClients() {
        clients.forEach(VhelpiClient::close);
    }
}

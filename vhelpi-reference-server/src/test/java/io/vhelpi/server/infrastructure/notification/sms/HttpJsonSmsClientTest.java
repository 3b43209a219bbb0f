package io.vhelpi.server.infrastructure.notification.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.vhelpi.core.sms.SmsEncoding;
import io.vhelpi.server.domain.notification.DeliveryFailedException;
import io.vhelpi.server.domain.notification.SmsGateway.Sms;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The gateway's HTTP JSON API against WireMock, on a free port, with its faults. */
class HttpJsonSmsClientTest {

    @RegisterExtension
    static final WireMockExtension GATEWAY =
            WireMockExtension.newInstance()
                    .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
                    .build();

    private static final Sms SMS =
            new Sms(
                    "7f1c2d3e-0000-4000-8000-000000000001",
                    "+36306167347",
                    "Példa: \"kárszemle\"\nhttps://vhelpi.example.hu/j/abc",
                    SmsEncoding.UCS2,
                    1);

    private static final String ACCEPTED_GW_123 =
            "{\"messageId\":\"gw-123\",\"status\":\"ACCEPTED\"}";

    @Test
    void anAcceptedMessagePostsTheDocumentedJsonAndReturnsTheProvidersId() {
        GATEWAY.stubFor(
                post("/messages")
                        .willReturn(
                                aResponse()
                                        .withStatus(202)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(ACCEPTED_GW_123)));

        String messageId = client(Duration.ofSeconds(5)).send(SMS);

        assertThat(messageId).isEqualTo("gw-123");
        GATEWAY.verify(
                1,
                postRequestedFor(urlEqualTo("/messages"))
                        .withHeader("Authorization", equalTo("Basic dmhlbHBpOnMzY3JldA=="))
                        .withHeader("Idempotency-Key", equalTo(SMS.reference()))
                        .withRequestBody(
                                equalToJson(
                                        "{\"from\":\"Vhelpi\",\"to\":\"+36306167347\","
                                                + "\"text\":\"Példa: \\\"kárszemle\\\"\\n"
                                                + "https://vhelpi.example.hu/j/abc\","
                                                + "\"encoding\":\"UCS2\",\"segments\":1,"
                                                + "\"reference\":\""
                                                + SMS.reference()
                                                + "\","
                                                + "\"receiptUrl\":\"https://vhelpi.example.hu"
                                                + "/api/v1/notifications/sms-receipts\"}")));
    }

    @Test
    void aRefusalIsPermanentAndNamesTheProvidersErrorCode() {
        GATEWAY.stubFor(
                post("/messages")
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withBody("{\"error\":\"invalid_recipient\"}")));

        DeliveryFailedException failure = failure(Duration.ofSeconds(5));

        assertThat(failure.isPermanent()).isTrue();
        assertThat(failure.getMessage())
                .isEqualTo("SMS gateway answered HTTP 400 (invalid_recipient)");
    }

    @Test
    void aServerErrorMayPass() {
        GATEWAY.stubFor(post("/messages").willReturn(aResponse().withStatus(503)));

        DeliveryFailedException failure = failure(Duration.ofSeconds(5));

        assertThat(failure.isPermanent()).isFalse();
        assertThat(failure.getMessage()).isEqualTo("SMS gateway answered HTTP 503");
    }

    @Test
    void tooManyRequestsMayPass() {
        GATEWAY.stubFor(post("/messages").willReturn(aResponse().withStatus(429)));

        assertThat(failure(Duration.ofSeconds(5)).isPermanent()).isFalse();
    }

    @Test
    void anAnswerLaterThanTheRequestTimeoutMayPass() {
        GATEWAY.stubFor(
                post("/messages")
                        .willReturn(
                                aResponse()
                                        .withStatus(202)
                                        .withFixedDelay(2_000)
                                        .withBody("{\"messageId\":\"late\"}")));

        DeliveryFailedException failure = failure(Duration.ofMillis(300));

        assertThat(failure.isPermanent()).isFalse();
        assertThat(failure.getMessage()).isEqualTo("SMS gateway did not answer in time");
    }

    @Test
    void aResetConnectionMayPass() {
        GATEWAY.stubFor(
                post("/messages")
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        DeliveryFailedException failure = failure(Duration.ofSeconds(5));

        assertThat(failure.isPermanent()).isFalse();
        assertThat(failure.getMessage()).startsWith("SMS gateway unreachable: ");
    }

    private static DeliveryFailedException failure(Duration requestTimeout) {
        return catchThrowableOfType(
                DeliveryFailedException.class, () -> client(requestTimeout).send(SMS));
    }

    private static HttpJsonSmsClient client(Duration requestTimeout) {
        return new HttpJsonSmsClient(
                new SmsGatewaySettings(
                        URI.create(GATEWAY.baseUrl() + "/messages"),
                        "vhelpi",
                        "s3cret",
                        "Vhelpi",
                        Duration.ofSeconds(2),
                        requestTimeout,
                        URI.create("https://vhelpi.example.hu/api/v1/notifications/sms-receipts")));
    }
}

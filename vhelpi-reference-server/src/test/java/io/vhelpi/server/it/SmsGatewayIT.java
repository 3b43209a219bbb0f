package io.vhelpi.server.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.vhelpi.server.it.ChannelsServer.LICENSE;
import static io.vhelpi.server.it.ChannelsServer.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.vhelpi.sdk.OperatorSessions;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.model.DeliveryStatus;
import io.vhelpi.sdk.model.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SMS invitations through the HTTP gateway, with WireMock standing in for the provider on the port
 * the build reserved: success, errors that pass, timeouts, refusals, receipts, the last try, and a
 * server restart with invitations waiting in the outbox.
 */
class SmsGatewayIT {

    private static final String MESSAGES = "/v1/messages";
    private static final Duration DELIVERY = Duration.ofSeconds(40);

    private static WireMockServer gateway;
    private static VhelpiClient client;

    @BeforeAll
    static void startGateway() {
        gateway =
                new WireMockServer(
                        wireMockConfig()
                                .bindAddress("127.0.0.1")
                                .port(ChannelsServer.smsGatewayPort()));
        gateway.start();
        client = ChannelsServer.client();
    }

    @AfterAll
    static void stopGateway() {
        client.close();
        gateway.stop();
    }

    @Test
    void anAcceptedSmsIsSentOnceTransliteratedAndADeliveryReceiptMarksItDelivered() {
        String phone = "+36301000001";
        gateway.stubFor(to(phone).willReturn(accepted("gw-delivered-1")));
        OperatorSessions operator = client.operator("it.sms.delivered");

        Session created =
                operator.invite()
                        .bySms("06 30 100 0001")
                        .onLicense(LICENSE)
                        .caseNumber("KÁR-2025/7")
                        .send();

        assertThat(created.invitation().status()).isEqualTo(DeliveryStatus.SENT);
        List<LoggedRequest> requests = requestsTo(phone);
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getHeader("Authorization"))
                .isEqualTo("Basic dmhlbHBpLWl0OmdhdGV3YXktcGFzc3dvcmQ=");
        JsonNode body = ReferenceServer.json(request.getBodyAsString());
        assertThat(body.get("from").asText()).isEqualTo("Vhelpi");
        assertThat(body.get("to").asText()).isEqualTo(phone);
        assertThat(body.get("text").asText())
                .isEqualTo(
                        "Értesitö Biztosito Zrt.: videos karszemle, ügyszam KAR-2025/7. Nyissa"
                                + " meg a telefonja böngészöjében: "
                                + created.joinUrl());
        assertThat(body.get("encoding").asText()).isEqualTo("GSM7");
        assertThat(body.get("segments").asInt()).isEqualTo(1);
        assertThat(body.get("receiptUrl").asText())
                .isEqualTo(ChannelsServer.baseUrl() + "/api/v1/notifications/sms-receipts");
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo(body.get("reference").asText());

        assertThat(receipt("gw-delivered-1", "DELIVERED", null)).isEqualTo(204);
        assertThat(receipt("gw-delivered-1", "DELIVERED", null)).isEqualTo(204);
        assertThat(operator.session(created.id()).invitation().status())
                .isEqualTo(DeliveryStatus.DELIVERED);

        assertThat(receipt("gw-unknown", "DELIVERED", null)).isEqualTo(404);
        assertThat(
                        ChannelsServer.postReceipt(
                                        "wrong-secret",
                                        "{\"messageId\":\"gw-delivered-1\",\"status\":\"FAILED\"}")
                                .statusCode())
                .isEqualTo(401);
        assertThat(
                        ChannelsServer.postReceipt(
                                        null,
                                        "{\"messageId\":\"gw-delivered-1\",\"status\":\"FAILED\"}")
                                .statusCode())
                .isEqualTo(401);
        assertThat(operator.session(created.id()).invitation().status())
                .isEqualTo(DeliveryStatus.DELIVERED);
        operator.close(created.id());
    }

    @Test
    void aServerErrorOfTheGatewayIsRetriedAndTheSmsIsSentOnce() {
        String phone = "+36301000002";
        gateway.stubFor(
                to(phone)
                        .inScenario("error then success")
                        .whenScenarioStateIs(STARTED)
                        .willReturn(aResponse().withStatus(500))
                        .willSetStateTo("recovered"));
        gateway.stubFor(
                to(phone)
                        .inScenario("error then success")
                        .whenScenarioStateIs("recovered")
                        .willReturn(accepted("gw-retry-1")));
        OperatorSessions operator = client.operator("it.sms.retry");
        int creditsBefore = credits();

        Session created = invite(operator, "06 30 100 0002");

        assertThat(created.invitation().status()).isEqualTo(DeliveryStatus.PENDING);
        Session sent = awaitInvitation(operator, created, DeliveryStatus.SENT);
        assertThat(sent.invitation().failureReason()).isNull();
        assertThat(requestsTo(phone)).hasSize(2);
        assertThat(answeredWith(phone, 202)).isEqualTo(1);
        assertThat(credits()).isEqualTo(creditsBefore - 1);
        operator.close(created.id());
    }

    @Test
    void aGatewayThatAnswersTooLateIsTriedAgainWithTheSameIdempotencyKey() {
        String phone = "+36301000003";
        gateway.stubFor(
                to(phone)
                        .inScenario("slow then fast")
                        .whenScenarioStateIs(STARTED)
                        .willReturn(accepted("gw-too-late").withFixedDelay(3_000))
                        .willSetStateTo("fast"));
        gateway.stubFor(
                to(phone)
                        .inScenario("slow then fast")
                        .whenScenarioStateIs("fast")
                        .willReturn(accepted("gw-in-time")));
        OperatorSessions operator = client.operator("it.sms.timeout");

        Session created = invite(operator, "06 30 100 0003");

        assertThat(created.invitation().status()).isEqualTo(DeliveryStatus.PENDING);
        awaitInvitation(operator, created, DeliveryStatus.SENT);
        List<LoggedRequest> requests = requestsTo(phone);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).getHeader("Idempotency-Key"))
                .isEqualTo(requests.get(1).getHeader("Idempotency-Key"));
        assertThat(receipt("gw-in-time", "DELIVERED", null)).isEqualTo(204);
        assertThat(operator.session(created.id()).invitation().status())
                .isEqualTo(DeliveryStatus.DELIVERED);
        operator.close(created.id());
    }

    @Test
    void aRefusedSmsFailsAtOnceItsCreditIsRefundedAndTheHistoryShowsIt() {
        String phone = "+36301000004";
        gateway.stubFor(
                to(phone)
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody("{\"error\":\"invalid_recipient\"}")));
        OperatorSessions operator = client.operator("it.sms.refused");
        int creditsBefore = credits();

        Session created = invite(operator, "06 30 100 0004");

        assertThat(created.invitation().status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(created.invitation().failureReason())
                .isEqualTo("SMS gateway answered HTTP 400 (invalid_recipient)");
        assertThat(credits()).isEqualTo(creditsBefore);
        assertThat(requestsTo(phone)).hasSize(1);

        Session inHistory = operator.history().fetch().items().get(0);
        assertThat(inHistory.id()).isEqualTo(created.id());
        assertThat(inHistory.invitation().status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(inHistory.invitation().failureReason())
                .isEqualTo("SMS gateway answered HTTP 400 (invalid_recipient)");
        operator.close(created.id());
        assertThat(credits()).isEqualTo(creditsBefore);
    }

    @Test
    void aFailureReceiptRefundsTheCreditExactlyOnce() {
        String phone = "+36301000005";
        gateway.stubFor(to(phone).willReturn(accepted("gw-undeliverable-1")));
        OperatorSessions operator = client.operator("it.sms.undeliverable");
        int creditsBefore = credits();

        Session created = invite(operator, "06 30 100 0005");
        assertThat(created.invitation().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(credits()).isEqualTo(creditsBefore - 1);

        assertThat(receipt("gw-undeliverable-1", "FAILED", "unknown subscriber")).isEqualTo(204);
        assertThat(receipt("gw-undeliverable-1", "FAILED", "unknown subscriber")).isEqualTo(204);
        assertThat(receipt("gw-undeliverable-1", "DELIVERED", null)).isEqualTo(204);

        Session failed = operator.session(created.id());
        assertThat(failed.invitation().status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.invitation().failureReason())
                .isEqualTo("SMS gateway reported it undeliverable: unknown subscriber");
        assertThat(credits()).isEqualTo(creditsBefore);
        operator.close(created.id());
    }

    @Test
    void anSmsTheGatewayNeverAcceptsFailsAfterTheLastTryAndIsRefundedOnce() {
        String phone = "+36301000006";
        gateway.stubFor(to(phone).willReturn(aResponse().withStatus(503)));
        OperatorSessions operator = client.operator("it.sms.gave-up");
        int creditsBefore = credits();

        Session created = invite(operator, "06 30 100 0006");

        Session failed = awaitInvitation(operator, created, DeliveryStatus.FAILED);
        assertThat(failed.invitation().failureReason())
                .isEqualTo("SMS gateway answered HTTP 503 (gave up after 5 tries)");
        assertThat(requestsTo(phone)).hasSize(5);
        assertThat(credits()).isEqualTo(creditsBefore);
        operator.close(created.id());
    }

    @Test
    void invitationsWaitingWhileTheServerRestartsAreEachSentOnceAfterwards() {
        List<String> phones = List.of("+36301000071", "+36301000072", "+36301000073");
        for (String phone : phones) {
            gateway.stubFor(to(phone).willReturn(aResponse().withStatus(503)));
        }
        List<OperatorSessions> operators = new ArrayList<>();
        List<Session> waiting = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            OperatorSessions operator = client.operator("it.sms.restart." + i);
            operators.add(operator);
            waiting.add(invite(operator, "06 30 100 007" + (i + 1)));
        }
        assertThat(waiting)
                .allSatisfy(
                        session ->
                                assertThat(session.invitation().status())
                                        .isEqualTo(DeliveryStatus.PENDING));

        ChannelsServer.reload();
        for (int i = 0; i < phones.size(); i++) {
            gateway.stubFor(
                    to(phones.get(i)).atPriority(1).willReturn(accepted("gw-restart-" + i)));
        }

        for (int i = 0; i < phones.size(); i++) {
            awaitInvitation(operators.get(i), waiting.get(i), DeliveryStatus.SENT);
        }
        for (String phone : phones) {
            assertThat(answeredWith(phone, 202)).as(phone).isEqualTo(1);
        }
        for (int i = 0; i < phones.size(); i++) {
            operators.get(i).close(waiting.get(i).id());
        }
    }

    private static Session invite(OperatorSessions operator, String phone) {
        return operator.invite().bySms(phone).onLicense(LICENSE).randomCaseNumber().send();
    }

    private static Session awaitInvitation(
            OperatorSessions operator, Session session, DeliveryStatus status) {
        return eventually(
                "invitation of " + session.id() + " to be " + status,
                () -> operator.session(session.id()),
                current -> current.invitation().status() == status,
                DELIVERY);
    }

    private static MappingBuilder to(String phone) {
        return post(urlEqualTo(MESSAGES)).withRequestBody(matchingJsonPath("$.to", equalTo(phone)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder accepted(
            String messageId) {
        return aResponse()
                .withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messageId\":\"" + messageId + "\",\"status\":\"ACCEPTED\"}");
    }

    private static List<LoggedRequest> requestsTo(String phone) {
        return gateway.findAll(
                postRequestedFor(urlEqualTo(MESSAGES))
                        .withRequestBody(matchingJsonPath("$.to", equalTo(phone))));
    }

    private static long answeredWith(String phone, int status) {
        return gateway.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getBodyAsString().contains("\"" + phone + "\""))
                .map(ServeEvent::getResponse)
                .filter(response -> response.getStatus() == status)
                .count();
    }

    private static int receipt(String messageId, String status, String reason) {
        String json =
                "{\"messageId\":\""
                        + messageId
                        + "\",\"status\":\""
                        + status
                        + "\""
                        + (reason == null ? "" : ",\"reason\":\"" + reason + "\"")
                        + "}";
        return ChannelsServer.postReceipt(ChannelsServer.receiptSecret(), json).statusCode();
    }

    private static int credits() {
        return ReferenceServer.credits(client, LICENSE);
    }
}

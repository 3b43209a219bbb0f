package io.vhelpi.server.it;

import static io.vhelpi.server.it.ReferenceServer.DEMO_KEY;
import static io.vhelpi.server.it.ReferenceServer.DEMO_LICENSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.vhelpi.core.Channel;
import io.vhelpi.sdk.OperatorSessions;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.errors.ActiveSessionExistsException;
import io.vhelpi.sdk.model.DeliveryStatus;
import io.vhelpi.sdk.model.HistoryPage;
import io.vhelpi.sdk.model.Session;
import io.vhelpi.sdk.model.SessionStatus;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The main job end to end, through the SDK against the deployed server. */
class SessionLifecycleIT {

    private static VhelpiClient demo;

    @BeforeAll
    static void connect() {
        demo = ReferenceServer.client(DEMO_KEY);
    }

    @AfterAll
    static void disconnect() {
        demo.close();
    }

    @Test
    void invitationReachesTheOutboxTheCustomerJoinsAndTheClosedSessionLeadsTheHistory() {
        OperatorSessions operator = demo.operator("it.lifecycle");
        int creditsBefore = ReferenceServer.credits(demo, DEMO_LICENSE);

        Session created =
                operator.invite()
                        .bySms("06 30 616 7347")
                        .onLicense(DEMO_LICENSE)
                        .caseNumber("KÁR-2025/1")
                        .externalReference("CLAIM-2025-000123-HU")
                        .send();

        assertThat(created.status()).isEqualTo(SessionStatus.INVITED);
        assertThat(created.channel()).isEqualTo(Channel.SMS);
        assertThat(created.recipient()).isEqualTo("+36306167347");
        assertThat(created.caseNumber()).isEqualTo("KÁR-2025/1");
        assertThat(created.externalReference()).isEqualTo("CLAIM-2025-000123-HU");
        assertThat(created.operator()).isEqualTo("it.lifecycle");
        assertThat(created.license().id()).isEqualTo(DEMO_LICENSE);
        assertThat(created.license().name()).isEqualTo("Saját licenz");
        assertThat(created.shortId()).isEqualTo(created.id().substring(0, 8));
        assertThat(created.invitation().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(created.joinUrl()).matches(ReferenceServer.baseUrl() + "/j/[A-Za-z0-9]{24}");
        assertThat(created.expiresAt()).isEqualTo(created.createdAt().plus(Duration.ofHours(1)));
        assertThat(ReferenceServer.credits(demo, DEMO_LICENSE)).isEqualTo(creditsBefore - 1);

        List<JsonNode> messages = ReferenceServer.outboxOf(created.id());
        assertThat(messages).hasSize(1);
        JsonNode sms = messages.get(0);
        assertThat(sms.get("channel").asText()).isEqualTo("SMS");
        assertThat(sms.get("recipient").asText()).isEqualTo("+36306167347");
        assertThat(sms.get("link").asText()).isEqualTo(created.joinUrl());
        assertThat(sms.get("text").asText())
                .isEqualTo(
                        "Demo Biztosító: videós kárszemle, ügyszám KÁR-2025/1. Nyissa meg a"
                                + " telefonja böngészőjében: "
                                + created.joinUrl());

        HttpResponse<String> page = ReferenceServer.get(created.joinUrl());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "<button type=\"submit\" id=\"join\""
                                + " aria-describedby=\"steps\">Csatlakozás</button>");

        HttpResponse<String> joined = ReferenceServer.postForm(created.joinUrl());
        assertThat(joined.statusCode()).isEqualTo(303);
        Session inProgress = operator.activeSession().orElseThrow();
        assertThat(inProgress.id()).isEqualTo(created.id());
        assertThat(inProgress.status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(inProgress.joinedAt()).isNotNull();
        assertThat(inProgress.joinUrl()).isNull();
        assertThat(ReferenceServer.get(created.joinUrl()).body())
                .contains("Csatlakozott a kárszemléhez");

        Session closed = operator.close(created.id());
        assertThat(closed.status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(closed.expiresAt()).isNull();
        assertThat(closed.durationSeconds())
                .isEqualTo(Duration.between(closed.joinedAt(), closed.closedAt()).toSeconds());
        assertThat(operator.activeSession()).isEmpty();

        HistoryPage history = operator.history().fetch();
        assertThat(history.items()).hasSize(1);
        Session first = history.items().get(0);
        assertThat(first.id()).isEqualTo(created.id());
        assertThat(first.status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(first.durationSeconds()).isEqualTo(closed.durationSeconds());
        assertThat(first.closedAt()).isEqualTo(closed.closedAt());

        HttpResponse<String> afterClose = ReferenceServer.get(created.joinUrl());
        assertThat(afterClose.statusCode()).isEqualTo(410);
        assertThat(afterClose.body()).contains("<h1>A kárszemle véget ért</h1>");
    }

    @Test
    void aSecondSessionWhileOneIsActiveIsRefusedNamingTheActiveOne() {
        OperatorSessions operator = demo.operator("it.busy");
        Session first =
                operator.invite()
                        .byEmail("kovacs.janos@példa.hu")
                        .onLicense(DEMO_LICENSE)
                        .randomCaseNumber()
                        .send();
        assertThat(first.recipient()).isEqualTo("kovacs.janos@xn--plda-bpa.hu");
        int creditsAfterFirst = ReferenceServer.credits(demo, DEMO_LICENSE);
        int outboxAfterFirst = ReferenceServer.outbox().size();

        ActiveSessionExistsException refused =
                catchThrowableOfType(
                        ActiveSessionExistsException.class,
                        () ->
                                operator.invite()
                                        .bySms("+36 20 773 7884")
                                        .onLicense(DEMO_LICENSE)
                                        .randomCaseNumber()
                                        .send());

        assertThat(refused.httpStatus()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("active_session_exists");
        assertThat(refused.activeSessionId()).isEqualTo(first.id());
        assertThat(refused.activeSessionShortId()).isEqualTo(first.shortId());
        assertThat(refused.requestId()).isNotBlank();
        assertThat(ReferenceServer.credits(demo, DEMO_LICENSE)).isEqualTo(creditsAfterFirst);
        assertThat(ReferenceServer.outbox().size()).isEqualTo(outboxAfterFirst);
        assertThat(operator.history().fetch().items())
                .extracting(Session::id)
                .containsExactly(first.id());

        Session cancelled = operator.close(first.id());
        assertThat(cancelled.status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(cancelled.durationSeconds()).isZero();
        assertThat(operator.close(first.id()).closedAt()).isEqualTo(cancelled.closedAt());
    }

    @Test
    void theHistoryOfTheManualIsSeededAndFilteredByBudapestDay() {
        OperatorSessions operator = demo.operator("demo.operator");

        HistoryPage lateEvening = operator.history().onDay(LocalDate.of(2025, 1, 18)).fetch();
        assertThat(lateEvening.items()).hasSize(1);
        Session row = lateEvening.items().get(0);
        assertThat(row.caseNumber()).isEqualTo("#37234543");
        assertThat(row.displayDate()).isEqualTo("2025. 01. 18 - 23:49");
        assertThat(row.displayDuration()).isEqualTo("04:24");
        assertThat(row.license().name()).isEqualTo("Saját licenz");

        HistoryPage twoSessions = operator.history().onDay(LocalDate.of(2025, 1, 20)).fetch();
        assertThat(twoSessions.items())
                .extracting(Session::caseNumber, Session::displayDate, Session::displayDuration)
                .containsExactly(
                        tuple("#435234234", "2025. 01. 20 - 12:23", "67:00"),
                        tuple("#234623423", "2025. 01. 20 - 11:33", "16:06"));
    }
}

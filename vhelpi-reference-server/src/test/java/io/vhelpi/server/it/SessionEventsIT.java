package io.vhelpi.server.it;

import static io.vhelpi.server.it.ReferenceServer.DEMO_KEY;
import static io.vhelpi.server.it.ReferenceServer.DEMO_LICENSE;
import static io.vhelpi.server.it.ReferenceServer.OTHER_ORGANISATION_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.vhelpi.sdk.OperatorSessions;
import io.vhelpi.sdk.SessionSubscription;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.errors.ResendRefusedException;
import io.vhelpi.sdk.errors.SessionNotFoundException;
import io.vhelpi.sdk.model.Session;
import io.vhelpi.sdk.model.SessionEvent;
import io.vhelpi.sdk.model.SessionEventType;
import io.vhelpi.sdk.model.SessionStatus;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Waiting for the customer, session events, reconnecting, resending and cancelling. */
class SessionEventsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

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
    void theWaitingOperatorHearsTheCustomerJoinAndThenTheClose() throws Exception {
        OperatorSessions operator = demo.operator("it.events");
        Session created = invite(operator);
        CompletableFuture<Optional<Session>> waiting =
                CompletableFuture.supplyAsync(() -> operator.awaitJoin(created.id(), WAIT));

        HttpResponse<String> joined = ReferenceServer.postForm(created.joinUrl());
        Optional<Session> heard = waiting.get(WAIT.toSeconds() + 10, TimeUnit.SECONDS);

        assertThat(joined.statusCode()).isEqualTo(303);
        assertThat(heard).isPresent();
        assertThat(heard.get().id()).isEqualTo(created.id());
        assertThat(heard.get().status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(heard.get().joinedAt()).isNotNull();

        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        try (SessionSubscription subscription =
                operator.subscribe(
                        created.id(),
                        event -> {
                            events.add(event);
                            first.countDown();
                            if (!event.session().isActive()) {
                                ended.countDown();
                            }
                        })) {
            assertThat(first.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            Session closed = operator.close(created.id());

            assertThat(ended.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(events)
                    .extracting(SessionEvent::type, event -> event.session().status())
                    .containsExactly(
                            tuple(SessionEventType.SESSION, SessionStatus.IN_PROGRESS),
                            tuple(SessionEventType.CLOSED, SessionStatus.CLOSED));
            assertThat(events.get(1).session().closedAt()).isEqualTo(closed.closedAt());
            assertThat(events.get(1).session().durationSeconds())
                    .isEqualTo(closed.durationSeconds());
        }
    }

    @Test
    void waitingForAnEndedSessionAnswersAtOnceWithItsFinalState() {
        OperatorSessions operator = demo.operator("it.events.ended");
        Session created = invite(operator);
        operator.close(created.id());

        Optional<Session> heard = operator.awaitJoin(created.id(), WAIT);

        assertThat(heard).map(Session::status).contains(SessionStatus.CLOSED);
    }

    @Test
    void anotherOrganisationCannotListenToTheSession() {
        OperatorSessions operator = demo.operator("it.events.private");
        Session created = invite(operator);
        try (VhelpiClient other = ReferenceServer.client(OTHER_ORGANISATION_KEY)) {
            SessionNotFoundException refused =
                    catchThrowableOfType(
                            SessionNotFoundException.class,
                            () ->
                                    other.operator("it.events.private")
                                            .awaitJoin(created.id(), WAIT));

            assertThat(refused.httpStatus()).isEqualTo(404);
        } finally {
            operator.close(created.id());
        }
    }

    @Test
    void reconnectingFindsTheOpenSessionByItsShortIdAndKeepsItAlive() {
        OperatorSessions operator = demo.operator("it.reconnect");
        Session created = invite(operator);

        Session reconnected = operator.reconnect().orElseThrow();

        assertThat(reconnected.id()).isEqualTo(created.id());
        assertThat(reconnected.shortId()).isEqualTo(created.id().substring(0, 8));
        assertThat(reconnected.caseNumber()).isEqualTo(created.caseNumber());
        assertThat(reconnected.status()).isEqualTo(SessionStatus.INVITED);
        assertThat(reconnected.expiresAt()).isAfterOrEqualTo(created.expiresAt());

        Session closed = operator.close(created.id());
        Session keptAfterClose = operator.keepAlive(created.id());
        assertThat(keptAfterClose.status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(keptAfterClose.expiresAt()).isNull();
        assertThat(keptAfterClose.closedAt()).isEqualTo(closed.closedAt());
        assertThat(operator.reconnect()).isEmpty();
    }

    @Test
    void theInvitationIsResentThreeTimesWithAFreshLinkAndNoCredit() {
        OperatorSessions operator = demo.operator("it.resend");
        Session created = invite(operator);
        int creditsAfterCreation = ReferenceServer.credits(demo, DEMO_LICENSE);

        for (int resend = 1; resend <= 3; resend++) {
            Session resent = operator.resendInvitation(created.id());
            assertThat(resent.status()).isEqualTo(SessionStatus.INVITED);
            assertThat(resent.joinUrl()).isNull();
        }
        ResendRefusedException fourth =
                catchThrowableOfType(
                        ResendRefusedException.class,
                        () -> operator.resendInvitation(created.id()));

        assertThat(fourth.code()).isEqualTo("resend_limit_reached");
        assertThat(fourth.httpStatus()).isEqualTo(409);
        assertThat(ReferenceServer.credits(demo, DEMO_LICENSE)).isEqualTo(creditsAfterCreation);

        List<JsonNode> messages = ReferenceServer.outboxOf(created.id());
        assertThat(messages).hasSize(4);
        String newestLink = messages.get(0).get("link").asText();
        assertThat(messages)
                .extracting(message -> message.get("link").asText())
                .doesNotHaveDuplicates()
                .last()
                .isEqualTo(created.joinUrl());
        assertThat(messages.get(0).get("text").asText())
                .isEqualTo(
                        "Demo Biztosító: videós kárszemle, ügyszám "
                                + created.caseNumber()
                                + ". Nyissa meg a telefonja böngészőjében: "
                                + newestLink);

        HttpResponse<String> oldLink = ReferenceServer.get(created.joinUrl());
        assertThat(oldLink.statusCode()).isEqualTo(404);
        assertThat(oldLink.body()).contains("<h1>Ez a hivatkozás nem érvényes</h1>");
        HttpResponse<String> newLink = ReferenceServer.get(newestLink);
        assertThat(newLink.statusCode()).isEqualTo(200);
        assertThat(newLink.body()).contains(">Csatlakozás</button>");

        assertThat(ReferenceServer.postForm(newestLink).statusCode()).isEqualTo(303);
        operator.close(created.id());
    }

    @Test
    void anInvitationIsNotResentOnceTheCustomerJoined() {
        OperatorSessions operator = demo.operator("it.resend.joined");
        Session created = invite(operator);
        ReferenceServer.postForm(created.joinUrl());

        ResendRefusedException refused =
                catchThrowableOfType(
                        ResendRefusedException.class,
                        () -> operator.resendInvitation(created.id()));

        assertThat(refused.code()).isEqualTo("session_not_waiting");
        assertThat(ReferenceServer.outboxOf(created.id())).hasSize(1);
        operator.close(created.id());
    }

    @Test
    void closingBeforeTheCustomerJoinedCancelsTheSessionAndTheLinkSaysItEnded() {
        OperatorSessions operator = demo.operator("it.cancel");
        Session created = invite(operator);

        Session cancelled = operator.close(created.id());

        assertThat(cancelled.status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(cancelled.joinedAt()).isNull();
        assertThat(cancelled.displayDuration()).isEqualTo("00:00");
        assertThat(operator.activeSession()).isEmpty();
        HttpResponse<String> page = ReferenceServer.get(created.joinUrl());
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("<h1>A kárszemle véget ért</h1>");
        HttpResponse<String> lateJoin = ReferenceServer.postForm(created.joinUrl());
        assertThat(lateJoin.statusCode()).isEqualTo(410);
        assertThat(operator.session(created.id()).status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(operator.history().fetch().items())
                .extracting(Session::id, Session::status, Session::displayDuration)
                .containsExactly(tuple(created.id(), SessionStatus.CLOSED, "00:00"));
    }

    private static Session invite(OperatorSessions operator) {
        return operator.invite()
                .bySms("+36 30 616 7347")
                .onLicense(DEMO_LICENSE)
                .randomCaseNumber()
                .send();
    }
}

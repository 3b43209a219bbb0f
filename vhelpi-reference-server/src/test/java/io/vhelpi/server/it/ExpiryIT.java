package io.vhelpi.server.it;

import static io.vhelpi.server.it.ReferenceServer.DEMO_KEY;
import static io.vhelpi.server.it.ReferenceServer.DEMO_LICENSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vhelpi.sdk.OperatorSessions;
import io.vhelpi.sdk.SessionSubscription;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.model.Session;
import io.vhelpi.sdk.model.SessionEvent;
import io.vhelpi.sdk.model.SessionEventType;
import io.vhelpi.sdk.model.SessionStatus;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Expiry on the second server, whose idle timeout is a few seconds instead of an hour. The
 * scheduled sweep runs every fifteen seconds, so waits are bounded generously and end as soon as
 * the expected state is seen.
 */
class ExpiryIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private static String baseUrl;
    private static Duration idleTimeout;
    private static VhelpiClient demo;

    @BeforeAll
    static void connect() {
        baseUrl = ReferenceServer.shortIdleTimeoutBaseUrl();
        idleTimeout = ReferenceServer.shortIdleTimeout();
        demo = ReferenceServer.client(baseUrl, DEMO_KEY);
    }

    @AfterAll
    static void disconnect() {
        demo.close();
    }

    @Test
    void theScheduledSweepExpiresAnUntouchedSessionTellsTheListenerAndFreesTheOperator()
            throws InterruptedException {
        OperatorSessions operator = demo.operator("it.expiry.sweep");
        Session created = invite(operator);
        List<SessionEvent> events = new CopyOnWriteArrayList<>();
        CountDownLatch ended = new CountDownLatch(1);

        try (SessionSubscription subscription =
                operator.subscribe(
                        created.id(),
                        event -> {
                            events.add(event);
                            if (!event.session().isActive()) {
                                ended.countDown();
                            }
                        })) {
            assertThat(ended.await(DEADLINE.toSeconds(), TimeUnit.SECONDS))
                    .as("the sweep expires the session within %s", DEADLINE)
                    .isTrue();
        }

        SessionEvent last = events.get(events.size() - 1);
        assertThat(events.get(0).type()).isEqualTo(SessionEventType.SESSION);
        assertThat(last.type()).isEqualTo(SessionEventType.EXPIRED);
        assertThat(last.session().status()).isEqualTo(SessionStatus.EXPIRED);
        assertThat(last.session().closedAt()).isEqualTo(created.createdAt());
        assertThat(last.session().expiresAt()).isNull();

        assertThat(operator.activeSession()).isEmpty();
        assertThat(operator.history().fetch().items())
                .extracting(Session::id, Session::status, Session::displayDuration)
                .containsExactly(tuple(created.id(), SessionStatus.EXPIRED, "00:00"));
        HttpResponse<String> link = ReferenceServer.get(created.joinUrl());
        assertThat(link.statusCode()).isEqualTo(410);
        assertThat(link.body()).contains("<h1>Ez a hivatkozás lejárt</h1>");

        Session next = invite(operator);
        assertThat(next.status()).isEqualTo(SessionStatus.INVITED);
        operator.close(next.id());
    }

    @Test
    void anOperatorKeepingTheSessionAliveOutlastsTheIdleTimeout() throws InterruptedException {
        OperatorSessions operator = demo.operator("it.expiry.keepalive");
        Session created = invite(operator);
        Instant outlasted = created.createdAt().plus(idleTimeout.multipliedBy(3));

        Session kept = created;
        while (Instant.now().isBefore(outlasted)) {
            kept = operator.keepAlive(created.id());
            assertThat(kept.status()).isEqualTo(SessionStatus.INVITED);
            pause(idleTimeout.dividedBy(3));
        }

        assertThat(kept.expiresAt()).isAfter(created.expiresAt());
        assertThat(operator.activeSession()).map(Session::id).contains(created.id());
        operator.close(created.id());
    }

    @Test
    void aJoinedCustomerWhosePageReportsBackKeepsTheSessionAliveUntilThePageGoesQuiet()
            throws InterruptedException {
        OperatorSessions operator = demo.operator("it.expiry.heartbeat");
        Session created = invite(operator);
        ReferenceServer.postForm(created.joinUrl());
        Instant outlasted = Instant.now().plus(idleTimeout.multipliedBy(3));

        while (Instant.now().isBefore(outlasted)) {
            HttpResponse<String> heartbeat = ReferenceServer.post(created.joinUrl() + "/heartbeat");
            assertThat(heartbeat.statusCode()).isEqualTo(204);
            pause(idleTimeout.dividedBy(3));
        }
        Session talking = operator.session(created.id());
        assertThat(talking.status()).isEqualTo(SessionStatus.IN_PROGRESS);

        // Without heartbeats the next look at the active session finds it overdue.
        awaitTrue(() -> operator.activeSession().isEmpty());
        Session expired = operator.session(created.id());
        assertThat(expired.status()).isEqualTo(SessionStatus.EXPIRED);
        assertThat(expired.closedAt()).isAfter(talking.joinedAt());
        assertThat(expired.durationSeconds())
                .isEqualTo(Duration.between(expired.joinedAt(), expired.closedAt()).toSeconds());
        assertThat(ReferenceServer.post(created.joinUrl() + "/heartbeat").statusCode())
                .isEqualTo(410);
    }

    private static Session invite(OperatorSessions operator) {
        return operator.invite()
                .bySms("+36 30 616 7347")
                .onLicense(DEMO_LICENSE)
                .randomCaseNumber()
                .send();
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting until %s", deadline).isBefore(deadline);
            pause(Duration.ofMillis(250));
        }
    }

    // The cadence of a client that keeps a session alive, not a wait for a result.
    private static void pause(Duration pause) throws InterruptedException {
        Thread.sleep(pause.toMillis());
    }
}

package io.vhelpi.server.it;

import static io.vhelpi.server.it.ReferenceServer.BULK_KEY;
import static io.vhelpi.server.it.ReferenceServer.BULK_LICENSE;
import static io.vhelpi.server.it.ReferenceServer.BULK_ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.model.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Answers lost after the server committed: the SDK repeats the create with its idempotency key and
 * receives the first answer, so exactly one session, one debit and one message exist per create.
 */
class LostAnswerIT {

    @Test
    void aCreateWhoseAnswerIsLostIsRetriedAndLeavesOneSessionOneDebitAndOneMessage()
            throws Exception {
        Map<String, Long> before = ReferenceServer.counts(BULK_ORGANISATION);

        Session session;
        try (DroppingProxy proxy = new DroppingProxy(ReferenceServer.baseUrl(), 1);
                VhelpiClient client = client(proxy)) {
            session = create(client, 0);

            assertThat(proxy.dropped()).isEqualTo(1);
            assertThat(proxy.replayed()).isEqualTo(1);
        }

        assertThat(session.caseNumber()).isEqualTo("LST0000000");
        assertThat(session.recipient()).isEqualTo("+36701000000");
        assertThat(session.joinUrl()).contains("/j/");
        assertThat(IdempotencyIT.delta(before, ReferenceServer.counts(BULK_ORGANISATION)))
                .containsEntry("sessions", 1L)
                .containsEntry("operatorsWithMoreThanOneSession", 0L)
                .containsEntry("debits", 1L)
                .containsEntry("messages", 1L)
                .containsEntry("credits", -1L);
    }

    @Test
    void aThousandCreatesWithAFifthOfTheAnswersLostLeaveExactlyAThousandOfEach() throws Exception {
        int creates = 1_000;
        Map<String, Long> before = ReferenceServer.counts(BULK_ORGANISATION);

        List<Session> sessions = new ArrayList<>();
        int dropped;
        int replayed;
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try (DroppingProxy proxy = new DroppingProxy(ReferenceServer.baseUrl(), 5);
                VhelpiClient client = client(proxy)) {
            List<Future<Session>> calls = new ArrayList<>();
            for (int i = 1; i <= creates; i++) {
                int number = i;
                calls.add(callers.submit(() -> create(client, number)));
            }
            for (Future<Session> call : calls) {
                sessions.add(call.get());
            }
            dropped = proxy.dropped();
            replayed = proxy.replayed();
        } finally {
            callers.shutdownNow();
        }

        assertThat(dropped).isEqualTo(creates / 5);
        assertThat(replayed).isEqualTo(creates / 5);
        assertThat(new HashSet<>(sessions.stream().map(Session::id).toList())).hasSize(creates);
        for (int i = 0; i < creates; i++) {
            assertThat(sessions.get(i).caseNumber()).isEqualTo(caseNumber(i + 1));
        }
        assertThat(IdempotencyIT.delta(before, ReferenceServer.counts(BULK_ORGANISATION)))
                .containsEntry("sessions", (long) creates)
                .containsEntry("operatorsWithMoreThanOneSession", 0L)
                .containsEntry("debits", (long) creates)
                .containsEntry("messages", (long) creates)
                .containsEntry("credits", (long) -creates);
    }

    private static VhelpiClient client(DroppingProxy proxy) {
        return VhelpiClient.builder()
                .baseUrl(proxy.baseUrl())
                .apiKey(BULK_KEY)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(30))
                .build();
    }

    private static Session create(VhelpiClient client, int number) {
        return client.operator(String.format("lost.%04d", number))
                .invite()
                .bySms(String.format("+36701%06d", number))
                .onLicense(BULK_LICENSE)
                .caseNumber(caseNumber(number))
                .send();
    }

    private static String caseNumber(int number) {
        return String.format("LST%07d", number);
    }
}

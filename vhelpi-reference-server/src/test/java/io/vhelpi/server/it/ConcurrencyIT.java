package io.vhelpi.server.it;

import static io.vhelpi.server.it.ReferenceServer.ADMIN_KEY;
import static io.vhelpi.server.it.ReferenceServer.PARTNER_KEY;
import static io.vhelpi.server.it.ReferenceServer.PARTNER_ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.errors.ActiveSessionExistsException;
import io.vhelpi.sdk.errors.InsufficientCreditsException;
import io.vhelpi.sdk.model.AdminLicense;
import io.vhelpi.sdk.model.LedgerEntry;
import io.vhelpi.sdk.model.LedgerPage;
import io.vhelpi.sdk.model.LedgerReason;
import io.vhelpi.sdk.model.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Many creates at once against the real server on real PostgreSQL: credits are neither lost nor
 * double-charged, never go below zero, and an operator never gets two active sessions. Every
 * refusal is the documented one; nothing surfaces as a server error or a deadlock.
 */
@EnabledIfSystemProperty(named = "vhelpi.it.database", matches = "postgresql")
class ConcurrencyIT {

    private static final int PARALLEL_CLIENTS = 4;
    private static final long DEADLINE_SECONDS = 120;

    private static VhelpiClient admin;
    private static final List<VhelpiClient> partners = new ArrayList<>();

    @BeforeAll
    static void connect() {
        admin = ReferenceServer.client(ADMIN_KEY);
        for (int i = 0; i < PARALLEL_CLIENTS; i++) {
            partners.add(ReferenceServer.client(PARTNER_KEY));
        }
    }

    @AfterAll
    static void disconnect() {
        admin.close();
        partners.forEach(VhelpiClient::close);
    }

    @Test
    void withKCreditsAndManyMoreParallelCreatesExactlyKSessionsExistAndTheBalanceIsZero()
            throws Exception {
        int credits = 12;
        int creates = 80;
        AdminLicense license = newLicense("Verseny licenz", credits);

        List<Outcome> outcomes =
                inParallel(creates, i -> () -> create(partner(i), "race.k." + i, license.id(), i));

        List<Session> created = sessionsOf(outcomes);
        assertThat(created).hasSize(credits);
        assertThat(outcomes)
                .filteredOn(outcome -> outcome.refusal != null)
                .hasSize(creates - credits)
                .allSatisfy(
                        outcome -> {
                            assertThat(outcome.refusal)
                                    .isInstanceOf(InsufficientCreditsException.class);
                            assertThat(((InsufficientCreditsException) outcome.refusal).licenseId())
                                    .isEqualTo(license.id());
                            assertThat(outcome.refusal.httpStatus()).isEqualTo(402);
                        });
        assertThat(admin.admin().licenses().get(license.id()).credits()).isZero();

        List<LedgerEntry> debits = debitsOf(license.id());
        assertThat(debits)
                .extracting(LedgerEntry::sessionId)
                .containsExactlyInAnyOrderElementsOf(created.stream().map(Session::id).toList());
        assertThat(debits)
                .extracting(LedgerEntry::balanceAfter)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, credits).boxed().toList());
        for (int i = 0; i < creates; i++) {
            Optional<Session> active = partner(i).operator("race.k." + i).activeSession();
            assertThat(active.isPresent()).isEqualTo(outcomes.get(i).session != null);
        }
        assertThat(admin.admin().checkLedger().mismatches()).isEmpty();
    }

    @Test
    void fiftyParallelCreatesByOneOperatorGiveExactlyOneActiveSession() throws Exception {
        int creates = 50;
        AdminLicense license = newLicense("Egy operátor licenz", 100);
        String operator = "race.single";

        List<Outcome> outcomes =
                inParallel(creates, i -> () -> create(partner(i), operator, license.id(), i));

        List<Session> created = sessionsOf(outcomes);
        assertThat(created).hasSize(1);
        Session winner = created.get(0);
        assertThat(outcomes)
                .filteredOn(outcome -> outcome.refusal != null)
                .hasSize(creates - 1)
                .allSatisfy(
                        outcome -> {
                            assertThat(outcome.refusal)
                                    .isInstanceOf(ActiveSessionExistsException.class);
                            ActiveSessionExistsException refusal =
                                    (ActiveSessionExistsException) outcome.refusal;
                            assertThat(refusal.httpStatus()).isEqualTo(409);
                            assertThat(refusal.activeSessionId()).isEqualTo(winner.id());
                        });
        assertThat(partner(0).operator(operator).activeSession().map(Session::id))
                .hasValue(winner.id());
        assertThat(partner(0).operator(operator).history().limit(100).fetch().items())
                .extracting(Session::id)
                .containsExactly(winner.id());
        assertThat(admin.admin().licenses().get(license.id()).credits()).isEqualTo(99);
        assertThat(debitsOf(license.id()))
                .extracting(LedgerEntry::sessionId)
                .containsExactly(winner.id());
        assertThat(admin.admin().checkLedger().mismatches()).isEmpty();
        partner(0).operator(operator).close(winner.id());
    }

    @Test
    void topUpsDuringParallelCreatesAreNeitherLostNorCountedTwice() throws Exception {
        int topUps = 20;
        int creates = 30;
        AdminLicense license = newLicense("Feltöltött licenz", 10);

        List<Outcome> outcomes =
                inParallel(
                        topUps + creates,
                        i ->
                                i < topUps
                                        ? () -> {
                                            admin.admin()
                                                    .licenses()
                                                    .topUp(license.id(), 5, "top-up " + i);
                                            return new Outcome(null, null);
                                        }
                                        : () ->
                                                create(
                                                        partner(i),
                                                        "race.topup." + i,
                                                        license.id(),
                                                        i));

        assertThat(outcomes).allMatch(outcome -> outcome.refusal == null);
        assertThat(sessionsOf(outcomes)).hasSize(creates);
        assertThat(admin.admin().licenses().get(license.id()).credits())
                .isEqualTo(10 + topUps * 5 - creates);
        assertThat(debitsOf(license.id())).hasSize(creates);
        assertThat(admin.admin().checkLedger().mismatches()).isEmpty();
    }

    /** A create's result: the session, or the SDK's exception for a documented refusal. */
    private record Outcome(Session session, io.vhelpi.sdk.errors.VhelpiException refusal) {}

    private static Outcome create(VhelpiClient client, String operator, String licenseId, int i) {
        try {
            Session session =
                    client.operator(operator)
                            .invite()
                            .bySms("+36 30 616 7347")
                            .onLicense(licenseId)
                            .caseNumber(String.format("RACE%06d", i))
                            .send();
            return new Outcome(session, null);
        } catch (InsufficientCreditsException | ActiveSessionExistsException refused) {
            return new Outcome(null, refused);
        }
    }

    /**
     * Runs the calls at once: every thread waits at a gate until all are ready. Any exception other
     * than a documented refusal (a 5xx, a deadlock, a timeout) fails the test.
     */
    private static List<Outcome> inParallel(int count, Function<Integer, Callable<Outcome>> call)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<Outcome> task = call.apply(i);
                futures.add(
                        threads.submit(
                                () -> {
                                    gate.await();
                                    return task.call();
                                }));
            }
            gate.countDown();

            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(DEADLINE_SECONDS, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Session> sessionsOf(List<Outcome> outcomes) {
        return outcomes.stream()
                .map(Outcome::session)
                .filter(session -> session != null)
                .collect(Collectors.toList());
    }

    private static List<LedgerEntry> debitsOf(String licenseId) {
        LedgerPage page = admin.admin().licenses().ledger(licenseId).limit(500).fetch();
        assertThat(page.hasMore()).isFalse();
        return page.items().stream().filter(entry -> entry.reason() == LedgerReason.DEBIT).toList();
    }

    private static AdminLicense newLicense(String name, int credits) {
        return admin.admin()
                .licenses()
                .create()
                .forOrganisation(PARTNER_ORGANISATION)
                .named(name)
                .credits(credits)
                .send();
    }

    private static VhelpiClient partner(int i) {
        return partners.get(i % PARALLEL_CLIENTS);
    }
}

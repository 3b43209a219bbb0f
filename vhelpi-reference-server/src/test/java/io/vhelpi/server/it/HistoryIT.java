package io.vhelpi.server.it;

import static io.vhelpi.server.it.ReferenceServer.DEMO_KEY;
import static io.vhelpi.server.it.ReferenceServer.OTHER_ORGANISATION_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.vhelpi.sdk.OperatorSessions;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.errors.FieldError;
import io.vhelpi.sdk.errors.ValidationFailedException;
import io.vhelpi.sdk.model.HistoryPage;
import io.vhelpi.sdk.model.Session;
import io.vhelpi.sdk.model.SessionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The history of the operator {@code it.history}, seeded by {@code V1001__history_fixtures.sql}:
 * day filters on the clock-change days and on day boundaries, paging, search, and case numbers from
 * before the 10-character rule.
 */
class HistoryIT {

    private static VhelpiClient client;
    private static OperatorSessions operator;

    @BeforeAll
    static void connect() {
        client = ReferenceServer.client(OTHER_ORGANISATION_KEY);
        operator = client.operator("it.history");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void theSpringClockChangeDayHoldsItsTwentyThreeHoursFromMidnightToTheLastMillisecond() {
        HistoryPage day = operator.history().onDay(LocalDate.of(2025, 3, 30)).fetch();

        assertThat(day.items())
                .extracting(
                        Session::caseNumber,
                        Session::displayDate,
                        Session::status,
                        Session::displayDuration)
                .containsExactly(
                        tuple("DST0330-23", "2025. 03. 30 - 23:59", SessionStatus.CLOSED, "00:00"),
                        tuple("DST0330-03", "2025. 03. 30 - 03:00", SessionStatus.CLOSED, "67:00"),
                        tuple("DST0330-01", "2025. 03. 30 - 01:59", SessionStatus.EXPIRED, "00:00"),
                        tuple("DST0330-00", "2025. 03. 30 - 00:00", SessionStatus.CLOSED, "01:00"));
        assertThat(day.hasMore()).isFalse();
    }

    @Test
    void theLastMillisecondBeforeBudapestMidnightBelongsToThePreviousDay() {
        assertThat(caseNumbersOn(LocalDate.of(2025, 3, 29))).containsExactly("#DST-0329-late");
        assertThat(caseNumbersOn(LocalDate.of(2025, 3, 31))).containsExactly("DST0331-00");
        assertThat(caseNumbersOn(LocalDate.of(2025, 10, 25))).containsExactly("DST1025-23");
        assertThat(caseNumbersOn(LocalDate.of(2025, 10, 27))).containsExactly("DST1027-00");
    }

    @Test
    void theAutumnClockChangeDayHoldsItsTwentyFiveHoursAndBothHalfPastTwos() {
        HistoryPage day = operator.history().onDay(LocalDate.of(2025, 10, 26)).fetch();

        assertThat(day.items())
                .extracting(
                        Session::caseNumber,
                        Session::createdAt,
                        Session::displayDate,
                        Session::displayDuration)
                .containsExactly(
                        tuple(
                                "DST1026-23",
                                Instant.parse("2025-10-26T22:59:59.999Z"),
                                "2025. 10. 26 - 23:59",
                                "01:05"),
                        tuple(
                                "DST1026-2B",
                                Instant.parse("2025-10-26T01:30:00Z"),
                                "2025. 10. 26 - 02:30",
                                "65:27"),
                        tuple(
                                "DST1026-2A",
                                Instant.parse("2025-10-26T00:30:00Z"),
                                "2025. 10. 26 - 02:30",
                                "01:03"),
                        tuple(
                                "DST1026-00",
                                Instant.parse("2025-10-25T22:00:00Z"),
                                "2025. 10. 26 - 00:00",
                                "01:02"));
    }

    @Test
    void aDayLongerThanOnePageContinuesThroughTheCursor() {
        HistoryPage first = operator.history().onDay(LocalDate.of(2025, 10, 26)).limit(3).fetch();
        HistoryPage second =
                operator.history()
                        .onDay(LocalDate.of(2025, 10, 26))
                        .limit(3)
                        .cursor(first.nextCursor())
                        .fetch();

        assertThat(first.items())
                .extracting(Session::caseNumber)
                .containsExactly("DST1026-23", "DST1026-2B", "DST1026-2A");
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(Session::caseNumber).containsExactly("DST1026-00");
        assertThat(second.hasMore()).isFalse();
    }

    @Test
    void withoutADayTheTenNewestComeFirstAndOlderOnesFollowOnTheNextPage() {
        HistoryPage newest = operator.history().fetch();
        HistoryPage older = operator.history().cursor(newest.nextCursor()).fetch();

        assertThat(newest.items())
                .extracting(Session::caseNumber)
                .containsExactly(
                        "DST1027-00",
                        "DST1026-23",
                        "DST1026-2B",
                        "DST1026-2A",
                        "DST1026-00",
                        "DST1025-23",
                        "DST0331-00",
                        "DST0330-23",
                        "DST0330-03",
                        "DST0330-01");
        assertThat(older.items())
                .extracting(Session::caseNumber)
                .containsExactly("DST0330-00", "#DST-0329-late", " régi  ügy ", "#szabika teszt");
        assertThat(older.hasMore()).isFalse();
    }

    @Test
    void caseNumbersFromBeforeTheTenCharacterRuleReadBackUnchangedAndCanBeSearched() {
        HistoryPage found = operator.history().caseNumber("#szabika teszt").fetch();

        assertThat(found.items())
                .extracting(
                        Session::caseNumber,
                        Session::displayDate,
                        Session::displayDuration,
                        Session::recipient)
                .containsExactly(
                        tuple("#szabika teszt", "2024. 05. 10 - 12:00", "01:58", "+36301112213"));
        assertThat(operator.history().onDay(LocalDate.of(2024, 5, 11)).fetch().items())
                .extracting(Session::caseNumber)
                .containsExactly(" régi  ügy ");

        try (VhelpiClient demo = ReferenceServer.client(DEMO_KEY)) {
            HistoryPage manual =
                    demo.operator("demo.operator").history().caseNumber("#34243").fetch();
            assertThat(manual.items())
                    .extracting(
                            Session::caseNumber,
                            Session::displayDate,
                            Session::displayDuration,
                            Session::recipient)
                    .containsExactly(
                            tuple(
                                    "#34243",
                                    "2025. 01. 05 - 20:51",
                                    "01:58",
                                    "ugyfel.hat@example.com"));
        }
    }

    @Test
    void searchTextIsTrimmedAndCombinesWithTheDay() {
        assertThat(operator.history().caseNumber("  DST1026-2A \t").fetch().items())
                .extracting(Session::caseNumber)
                .containsExactly("DST1026-2A");
        assertThat(
                        operator.history()
                                .caseNumber("DST1026-2A")
                                .onDay(LocalDate.of(2025, 10, 25))
                                .fetch()
                                .items())
                .isEmpty();
    }

    @Test
    void theExternalReferenceFindsItsSession() {
        HistoryPage found = operator.history().externalReference("CLAIM-2025-000777-HU").fetch();

        assertThat(found.items())
                .extracting(Session::caseNumber, Session::externalReference)
                .containsExactly(tuple("DST1026-2B", "CLAIM-2025-000777-HU"));
    }

    @Test
    void aSearchTextWithALineBreakIsRefusedNamingTheParameter() {
        ValidationFailedException refused =
                catchThrowableOfType(
                        ValidationFailedException.class,
                        () -> operator.history().caseNumber("DST1026\n2A").fetch());

        assertThat(refused.fieldErrors())
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("caseNumber", "invalid_character"));
    }

    private static List<String> caseNumbersOn(LocalDate day) {
        return operator.history().onDay(day).fetch().items().stream()
                .map(Session::caseNumber)
                .toList();
    }
}

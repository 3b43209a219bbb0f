package io.vhelpi.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BudapestDayTest {

    @Test
    void winterDayStartsAtElevenPmUtcAndLasts24Hours() {
        BudapestDay day = new BudapestDay(LocalDate.of(2025, 1, 22));

        assertThat(day.start()).isEqualTo(Instant.parse("2025-01-21T23:00:00Z"));
        assertThat(day.end()).isEqualTo(Instant.parse("2025-01-22T23:00:00Z"));
    }

    @Test
    void springClockChangeDayLasts23Hours() {
        BudapestDay day = new BudapestDay(LocalDate.of(2025, 3, 30));

        assertThat(day.start()).isEqualTo(Instant.parse("2025-03-29T23:00:00Z"));
        assertThat(day.end()).isEqualTo(Instant.parse("2025-03-30T22:00:00Z"));
        assertThat(Duration.between(day.start(), day.end())).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void autumnClockChangeDayLasts25Hours() {
        BudapestDay day = new BudapestDay(LocalDate.of(2025, 10, 26));

        assertThat(day.start()).isEqualTo(Instant.parse("2025-10-25T22:00:00Z"));
        assertThat(day.end()).isEqualTo(Instant.parse("2025-10-26T23:00:00Z"));
        assertThat(Duration.between(day.start(), day.end())).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void dayContainsItsStartButNotItsEnd() {
        BudapestDay day = new BudapestDay(LocalDate.of(2025, 10, 26));

        assertThat(day.contains(day.start())).isTrue();
        assertThat(day.contains(Instant.parse("2025-10-26T22:59:59Z"))).isTrue();
        assertThat(day.contains(day.end())).isFalse();
        assertThat(day.contains(Instant.parse("2025-10-25T21:59:59Z"))).isFalse();
    }

    @Test
    void instantLateInTheUtcEveningBelongsToTheNextBudapestDay() {
        assertThat(BudapestDay.of(Instant.parse("2025-01-22T23:30:00Z")))
                .isEqualTo(new BudapestDay(LocalDate.of(2025, 1, 23)));
    }
}

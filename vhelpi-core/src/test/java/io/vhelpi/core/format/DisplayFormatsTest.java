package io.vhelpi.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayFormatsTest {

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({
        "2025-01-22T13:37:00Z, 2025. 01. 22 - 14:37",
        "2025-07-01T22:05:59Z, 2025. 07. 02 - 00:05",
        "2025-03-30T01:00:00Z, 2025. 03. 30 - 03:00",
        "2025-10-26T00:30:00Z, 2025. 10. 26 - 02:30",
        "2025-10-26T01:30:00Z, 2025. 10. 26 - 02:30",
    })
    void dateTimeIsBudapestLocalTime(Instant instant, String shown) {
        assertThat(DisplayFormats.dateTime(instant)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} s is shown as {1}")
    @CsvSource({
        "0, 00:00",
        "280, 04:40",
        "4020, 67:00",
        "3927, 65:27",
        "59, 00:59",
        "6000, 100:00"
    })
    void durationIsMinutesAndSecondsWithUnboundedMinutes(long seconds, String shown) {
        assertThat(DisplayFormats.duration(seconds)).isEqualTo(shown);
        assertThat(DisplayFormats.duration(Duration.ofSeconds(seconds))).isEqualTo(shown);
    }

    @Test
    void fractionsOfASecondAreDropped() {
        assertThat(DisplayFormats.duration(Duration.ofMillis(280_999))).isEqualTo("04:40");
    }

    @Test
    void negativeDurationIsRejected() {
        assertThatThrownBy(() -> DisplayFormats.duration(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DisplayFormats.duration(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.vhelpi.server.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HistoryCursorTest {

    @Test
    void aCursorSurvivesItsOwnEncoding() {
        HistoryCursor cursor =
                new HistoryCursor(
                        Instant.parse("2025-01-20T11:23:00.123456Z"),
                        "ef9e723c-fa8a-40cb-b767-06b53e7f2d82");

        assertThat(HistoryCursor.decode(cursor.encode())).contains(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void somethingThisServerDidNotMakeIsNoCursor() {
        assertThat(HistoryCursor.decode("not a cursor")).isEmpty();
        assertThat(HistoryCursor.decode("")).isEmpty();
        assertThat(HistoryCursor.decode("bm8tYmFy")).isEmpty();
        assertThat(HistoryCursor.decode("eWVzdGVyZGF5fGFiYw")).isEmpty();
    }
}

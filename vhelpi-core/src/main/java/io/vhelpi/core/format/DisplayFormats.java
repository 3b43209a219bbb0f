package io.vhelpi.core.format;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** The formats in which the operator sees dates and durations in the session history. */
public final class DisplayFormats {

    /** The time zone of every date an operator sees and of every day a filter selects. */
    public static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu. MM. dd - HH:mm").withZone(BUDAPEST);

    private DisplayFormats() {}

    /**
     * Formats an instant as Budapest local time, e.g. {@code 2025. 01. 22 - 14:37}.
     *
     * @param instant the instant to show
     * @return the formatted date and time
     * @throws NullPointerException if {@code instant} is null
     */
    public static String dateTime(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return DATE_TIME.format(instant);
    }

    /**
     * Formats a duration as {@code mm:ss} with unbounded minutes, e.g. {@code 04:40} or {@code
     * 67:00}.
     *
     * @param seconds the duration in whole seconds
     * @return the formatted duration
     * @throws IllegalArgumentException if {@code seconds} is negative
     */
    public static String duration(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("A duration cannot be negative: " + seconds);
        }
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    /**
     * Formats a duration as {@code mm:ss} with unbounded minutes; fractions of a second are
     * dropped.
     *
     * @param duration the duration to show
     * @return the formatted duration
     * @throws IllegalArgumentException if {@code duration} is negative
     * @throws NullPointerException if {@code duration} is null
     */
    public static String duration(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A duration cannot be negative: " + duration);
        }
        return duration(duration.getSeconds());
    }
}

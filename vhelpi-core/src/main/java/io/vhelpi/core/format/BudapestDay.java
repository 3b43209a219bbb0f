package io.vhelpi.core.format;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar day in Budapest, as a history filter selects it: the instants from {@link #start()}
 * inclusive to {@link #end()} exclusive. Days at the clock changes last 23 or 25 hours.
 *
 * @param date the calendar date
 */
public record BudapestDay(LocalDate date) {

    /**
     * Creates the day.
     *
     * @throws NullPointerException if {@code date} is null
     */
    public BudapestDay {
        Objects.requireNonNull(date, "date");
    }

    /**
     * Returns the Budapest day on which an instant falls.
     *
     * @param instant the instant
     * @return its day in Budapest
     */
    public static BudapestDay of(Instant instant) {
        return new BudapestDay(LocalDate.ofInstant(instant, DisplayFormats.BUDAPEST));
    }

    /**
     * Returns the first instant of the day (Budapest midnight).
     *
     * @return the inclusive start
     */
    public Instant start() {
        return date.atStartOfDay(DisplayFormats.BUDAPEST).toInstant();
    }

    /**
     * Returns the first instant of the next day, so that the day is {@code start <= t < end}.
     *
     * @return the exclusive end
     */
    public Instant end() {
        return date.plusDays(1).atStartOfDay(DisplayFormats.BUDAPEST).toInstant();
    }

    /**
     * Tells whether an instant falls on this day.
     *
     * @param instant the instant
     * @return {@code true} if {@code start <= instant < end}
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }
}

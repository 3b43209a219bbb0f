package io.vhelpi.server.interfaces.rest;

import io.vhelpi.core.validation.Violation;
import io.vhelpi.server.application.HistoryCursor;
import java.util.List;

/** Reads the paging parameters of a list: {@code limit} and {@code cursor}. */
final class PageParameters {

    private PageParameters() {}

    /**
     * The page size in {@code raw}, or {@code defaultLimit} when absent.
     *
     * @param violations gets an {@code invalid_value} for {@code limit} outside 1 to {@code max}
     */
    static int limit(String raw, int defaultLimit, int max, List<Violation> violations) {
        if (raw == null || raw.isEmpty()) {
            return defaultLimit;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new Violation("limit", "invalid_value", List.of("1-" + max)));
        return defaultLimit;
    }

    /**
     * Where the previous page ended, or null for the first page.
     *
     * @param violations gets an {@code invalid_value} for a cursor this server did not make
     */
    static HistoryCursor cursor(String raw, List<Violation> violations) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return HistoryCursor.decode(raw)
                .orElseGet(
                        () -> {
                            violations.add(
                                    new Violation(
                                            "cursor",
                                            "invalid_value",
                                            List.of("a nextCursor of this API")));
                            return null;
                        });
    }
}

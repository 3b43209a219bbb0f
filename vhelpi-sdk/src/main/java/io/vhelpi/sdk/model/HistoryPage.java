package io.vhelpi.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One page of an operator's history, newest session first.
 *
 * @param items the sessions on this page, never {@code null}
 * @param nextCursor the cursor of the next page, or {@code null} on the last page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistoryPage(List<Session> items, String nextCursor) {

    /** Makes the list of sessions immutable; a missing list becomes an empty one. */
    public HistoryPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * Whether another page follows.
     *
     * @return {@code true} when {@link #nextCursor()} is set
     */
    public boolean hasMore() {
        return nextCursor != null && !nextCursor.isEmpty();
    }
}

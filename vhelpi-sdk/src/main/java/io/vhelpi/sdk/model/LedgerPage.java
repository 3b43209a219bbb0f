package io.vhelpi.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One page of a license's ledger, newest entry first.
 *
 * @param items the entries on this page, never {@code null}
 * @param nextCursor the cursor of the next page, or {@code null} on the last page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerPage(List<LedgerEntry> items, String nextCursor) {

    /** Makes the list of entries immutable; a missing list becomes an empty one. */
    public LedgerPage {
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

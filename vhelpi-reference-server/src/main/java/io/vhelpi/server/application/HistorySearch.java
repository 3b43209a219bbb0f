package io.vhelpi.server.application;

import java.time.LocalDate;

/**
 * What narrows an operator's history; every part is optional (null).
 *
 * @param day only sessions created on this Budapest calendar day
 * @param caseNumber only sessions with exactly this case number, as it was stored
 * @param externalReference only sessions with exactly this external reference
 */
public record HistorySearch(LocalDate day, String caseNumber, String externalReference) {

    /** No narrowing: the newest sessions. */
    public static HistorySearch all() {
        return new HistorySearch(null, null, null);
    }
}

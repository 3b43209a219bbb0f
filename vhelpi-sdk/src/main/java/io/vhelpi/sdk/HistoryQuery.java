package io.vhelpi.sdk;

import io.vhelpi.sdk.model.HistoryPage;
import io.vhelpi.sdk.monitoring.FinishedCall;
import io.vhelpi.sdk.transport.ApiRequest;
import io.vhelpi.sdk.transport.HttpTransport;
import jakarta.ws.rs.core.GenericType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A query of an operator's history, newest session first: optionally one Budapest calendar day, a
 * case number, an external reference, a page size and the cursor of a previous page. Single-use and
 * not thread-safe.
 */
public final class HistoryQuery {

    private static final GenericType<HistoryPage> PAGE = new GenericType<>() {};
    private static final int MAX_LIMIT = 100;

    private final HttpTransport transport;
    private final String operatorId;

    private Duration timeout;
    private LocalDate day;
    private String caseNumber;
    private String externalReference;
    private Integer limit;
    private String cursor;
    private boolean fetched;

    HistoryQuery(HttpTransport transport, String operatorId, Duration timeout) {
        this.transport = transport;
        this.operatorId = operatorId;
        this.timeout = timeout;
    }

    /**
     * The limit for waiting for the server's answer to this query, instead of the client's read
     * timeout.
     *
     * @param timeout a positive duration
     * @return this query
     * @throws IllegalArgumentException when the timeout is not positive
     */
    public HistoryQuery timeout(Duration timeout) {
        this.timeout = RequestRules.requireTimeout(timeout, "timeout");
        return this;
    }

    /**
     * Only sessions created on this calendar day in Europe/Budapest.
     *
     * @param day the day, or {@code null} for the newest sessions of any day
     * @return this query
     */
    public HistoryQuery onDay(LocalDate day) {
        this.day = day;
        return this;
    }

    /**
     * Only sessions with this case number, compared after trimming and Unicode NFC normalisation.
     * Case numbers from before the 10-character rule are found as they were stored.
     *
     * @param caseNumber the case number, or {@code null} for any
     * @return this query
     */
    public HistoryQuery caseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
        return this;
    }

    /**
     * Only sessions with this external reference (the host system's own claim number).
     *
     * @param externalReference the reference, or {@code null} for any
     * @return this query
     */
    public HistoryQuery externalReference(String externalReference) {
        this.externalReference = externalReference;
        return this;
    }

    /**
     * The page size; the server's default is 10, as on the operator's main screen.
     *
     * @param limit from 1 to 100
     * @return this query
     * @throws IllegalArgumentException when the limit is out of range
     */
    public HistoryQuery limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        this.limit = limit;
        return this;
    }

    /**
     * Continue after a previous page.
     *
     * @param cursor the previous page's {@link HistoryPage#nextCursor()}, or {@code null} for the
     *     first page
     * @return this query
     */
    public HistoryQuery cursor(String cursor) {
        this.cursor = cursor;
        return this;
    }

    /**
     * Reads the page.
     *
     * @return the page, never {@code null}
     * @throws IllegalStateException when this query was already fetched
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails
     */
    public HistoryPage fetch() {
        if (fetched) {
            throw new IllegalStateException("This history query was already fetched");
        }
        fetched = true;

        Map<String, String> query = new LinkedHashMap<>();
        query.put("date", day == null ? null : day.toString());
        query.put("caseNumber", caseNumber);
        query.put("externalReference", externalReference);
        query.put("limit", limit == null ? null : limit.toString());
        query.put("cursor", cursor);

        HistoryPage page =
                transport.execute(
                        FinishedCall.HISTORY,
                        ApiRequest.get(operatorId, query, "api", "v1", "sessions")
                                .withTimeout(timeout),
                        PAGE);
        return page == null ? new HistoryPage(null, null) : page;
    }
}

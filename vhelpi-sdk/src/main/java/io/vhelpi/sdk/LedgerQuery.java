package io.vhelpi.sdk;

import io.vhelpi.sdk.model.LedgerPage;
import io.vhelpi.sdk.monitoring.FinishedCall;
import io.vhelpi.sdk.transport.ApiRequest;
import io.vhelpi.sdk.transport.HttpTransport;
import jakarta.ws.rs.core.GenericType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A query of a license's ledger, newest entry first: a page size and the cursor of a previous page.
 * Single-use and not thread-safe; obtained from {@link AdminLicenses#ledger(String)}.
 */
public final class LedgerQuery {

    private static final GenericType<LedgerPage> PAGE = new GenericType<>() {};
    private static final int MAX_LIMIT = 500;

    private final HttpTransport transport;
    private final String actor;
    private final String licenseId;

    private Integer limit;
    private String cursor;
    private boolean fetched;

    LedgerQuery(HttpTransport transport, String actor, String licenseId) {
        this.transport = transport;
        this.actor = actor;
        this.licenseId = licenseId;
    }

    /**
     * The page size; the server's default is 50.
     *
     * @param limit from 1 to 500
     * @return this query
     * @throws IllegalArgumentException when the limit is out of range
     */
    public LedgerQuery limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        this.limit = limit;
        return this;
    }

    /**
     * Continue after a previous page.
     *
     * @param cursor the previous page's {@link LedgerPage#nextCursor()}, or {@code null} for the
     *     first page
     * @return this query
     */
    public LedgerQuery cursor(String cursor) {
        this.cursor = cursor;
        return this;
    }

    /**
     * Reads the page.
     *
     * @return the page, never {@code null}
     * @throws IllegalStateException when this query was already fetched
     * @throws io.vhelpi.sdk.errors.LicenseNotFoundException when there is no such license
     * @throws io.vhelpi.sdk.errors.VhelpiException when the call fails otherwise
     */
    public LedgerPage fetch() {
        if (fetched) {
            throw new IllegalStateException("This ledger query was already fetched");
        }
        fetched = true;

        Map<String, String> query = new LinkedHashMap<>();
        query.put("limit", limit == null ? null : limit.toString());
        query.put("cursor", cursor);
        LedgerPage page =
                transport.execute(
                        FinishedCall.ADMIN_LEDGER,
                        ApiRequest.get(
                                actor,
                                query,
                                "api",
                                "v1",
                                "admin",
                                "licenses",
                                licenseId,
                                "ledger"),
                        PAGE);
        return page == null ? new LedgerPage(null, null) : page;
    }
}

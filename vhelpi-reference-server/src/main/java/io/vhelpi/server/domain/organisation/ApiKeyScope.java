package io.vhelpi.server.domain.organisation;

import java.util.Locale;

/** What an API key may do. A key has exactly one scope. */
public enum ApiKeyScope {
    /** A host system acting for its operators: sessions, history, usable licenses. */
    HOST,
    /** The administration API: licenses, credits, grants and the ledger of every organisation. */
    ADMIN;

    /** The value stored in the {@code api_key.scope} column. */
    public String columnValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope of a stored column value. */
    public static ApiKeyScope ofColumnValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}

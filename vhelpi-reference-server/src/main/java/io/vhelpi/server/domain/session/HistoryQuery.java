package io.vhelpi.server.domain.session;

import java.time.Instant;

/**
 * A page of history: sessions created in {@code [from, to)} (either bound may be null), with
 * exactly this case number or external reference when given, older than the position {@code
 * (beforeCreatedAt, beforeId)} when continuing, at most {@code limit}.
 */
public record HistoryQuery(
        Instant from,
        Instant to,
        String caseNumber,
        String externalReference,
        Instant beforeCreatedAt,
        String beforeId,
        int limit) {}

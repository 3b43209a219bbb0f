package io.vhelpi.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * One change of a license balance.
 *
 * @param id the entry id
 * @param licenseId the license
 * @param delta the change: positive for grants and refunds, {@code -1} for a session
 * @param balanceAfter the balance right after the change
 * @param reason why the balance changed
 * @param sessionId the session a debit or refund belongs to, otherwise {@code null}
 * @param actor who made the change: an operator id, an administrator or {@code system}
 * @param note why, in the words of whoever made the change; may be {@code null}
 * @param createdAt when
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerEntry(
        String id,
        String licenseId,
        int delta,
        int balanceAfter,
        LedgerReason reason,
        String sessionId,
        String actor,
        String note,
        Instant createdAt) {}

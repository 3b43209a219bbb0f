package io.vhelpi.server.application;

import io.vhelpi.server.domain.license.CreditLedgerEntry;
import java.util.List;

/**
 * One page of a license's ledger, newest entry first.
 *
 * @param nextCursor where the next page starts, or null on the last page
 */
public record LedgerPage(List<CreditLedgerEntry> items, String nextCursor) {}

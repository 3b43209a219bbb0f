package io.vhelpi.server.application;

import java.util.List;

/**
 * One page of an operator's history, newest first.
 *
 * @param nextCursor where the next page starts, or null on the last page
 */
public record HistoryPage(List<SessionDetails> items, String nextCursor) {}

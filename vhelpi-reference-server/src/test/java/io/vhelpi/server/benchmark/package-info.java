/**
 * The create-session and history benchmark: the real server on PostgreSQL driven through the SDK,
 * beside the same SQL run directly over JDBC. Run by the {@code benchmark} profile, never by the
 * normal build; it measures, it asserts nothing.
 */
package io.vhelpi.server.benchmark;

/**
 * JMH benchmarks of the SDK, run with the {@code benchmarks} profile and never part of the normal
 * build: the per-call overhead against plain {@code java.net.http}, and phone number validation
 * throughput. Depends on the SDK's public API only.
 */
package io.vhelpi.sdk.benchmarks;

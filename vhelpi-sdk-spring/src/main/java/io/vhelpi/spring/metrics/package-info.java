/**
 * Micrometer meters of the Vhelpi client's calls: a timer per operation and outcome and a counter
 * of retries, auto-configured when Micrometer and a {@code MeterRegistry} are present. Depends on
 * the SDK's monitoring package and Micrometer; nothing else in the module depends on it.
 */
package io.vhelpi.spring.metrics;

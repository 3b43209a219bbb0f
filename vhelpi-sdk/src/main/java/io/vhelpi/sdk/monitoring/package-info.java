/**
 * Observing the client's calls: a {@link io.vhelpi.sdk.monitoring.CallListener} registered on the
 * client's builder hears of every finished call with its operation, outcome, attempts and duration,
 * e.g. to feed metrics. Depends on nothing else in the SDK; the client and the transport use it.
 */
package io.vhelpi.sdk.monitoring;

/**
 * A stand-in claim system for the integration tests: plain servlets (no Jakarta REST of its own)
 * that use the SDK to call the reference server deployed beside it, and a read-only count of the
 * reference server's rows for the fault tests. Depends on the SDK only.
 */
package io.vhelpi.it.host;

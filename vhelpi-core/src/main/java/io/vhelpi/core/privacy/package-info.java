/**
 * Masking of personal data and secrets (phone numbers, e-mail addresses, links, API keys) for logs
 * and {@code toString()}. Depends only on the JDK; every other package may use it.
 */
package io.vhelpi.core.privacy;

/**
 * The entry point of the SDK: {@link io.vhelpi.sdk.VhelpiClient}, the fluent requests an operator's
 * work is made of (invite a customer, find and close the active session, read the history) and the
 * administration API of licenses and their ledger. Uses the model, errors and transport packages
 * and the core module's validation.
 */
package io.vhelpi.sdk;

/**
 * The entry point of the SDK: {@link io.vhelpi.sdk.VhelpiClient} and the fluent requests an
 * operator's work is made of (invite a customer, wait for the customer, find, reconnect to, keep
 * alive and close the active session, resend the invitation, read the history), the session event
 * subscriptions, and the administration API of licenses and their ledger. Uses the model, errors
 * and transport packages and the core module's validation.
 */
package io.vhelpi.sdk;

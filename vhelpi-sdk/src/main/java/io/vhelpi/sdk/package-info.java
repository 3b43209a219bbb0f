/**
 * The entry point of the SDK: {@link io.vhelpi.sdk.VhelpiClient} and the fluent requests an
 * operator's work is made of (invite a customer, find and close the active session, read the
 * history). Uses the model, errors and transport packages and the core module's validation.
 */
package io.vhelpi.sdk;

/**
 * A runnable quick start: the first calls a claim system makes through the SDK. Depends on the SDK
 * only; nothing depends on it.
 */
package io.vhelpi.samples.quickstart;

/**
 * SMS text rules: whether a text fits the GSM 7-bit default alphabet, how many segments it takes,
 * and the opt-in transliteration of the Hungarian letters the alphabet lacks. Depends only on the
 * JDK; the SDK (for previews) and the reference server (for sending) both use it.
 */
package io.vhelpi.core.sms;

/**
 * The display formats of the operator's manual: dates in Budapest time, session durations as {@code
 * mm:ss}, and the Budapest calendar day used by history filters. Depends only on the JDK.
 */
package io.vhelpi.core.format;

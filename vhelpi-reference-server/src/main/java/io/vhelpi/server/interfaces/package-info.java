/**
 * The ways in: the REST API for host systems ({@code rest}) and the pages for customers and
 * developers ({@code web}). Translates HTTP to use cases and back; holds no business rule.
 */
package io.vhelpi.server.interfaces;

/**
 * The server's configuration, read through MicroProfile Config: system properties such as {@code
 * -Dvhelpi.mode=embedded} or environment variables such as {@code VHELPI_MODE}.
 */
package io.vhelpi.server.infrastructure.config;

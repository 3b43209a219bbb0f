package io.vhelpi.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The license a session was charged to.
 *
 * @param id the license id
 * @param name the display name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LicenseRef(String id, String name) {}

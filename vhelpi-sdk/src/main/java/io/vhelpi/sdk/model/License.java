package io.vhelpi.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A license that pays one credit for each session created on it.
 *
 * @param id the license id, passed when creating a session
 * @param name the display name, e.g. {@code Saját licenz}
 * @param kind whether the license is the organisation's own or shared with it
 * @param credits the credits left
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record License(String id, String name, LicenseKind kind, int credits) {}

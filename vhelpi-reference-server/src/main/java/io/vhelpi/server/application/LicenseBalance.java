package io.vhelpi.server.application;

import io.vhelpi.server.domain.license.LicenseKind;

/** A license as an organisation sees it: own or shared, with its remaining credits. */
public record LicenseBalance(String id, String name, LicenseKind kind, int credits) {}

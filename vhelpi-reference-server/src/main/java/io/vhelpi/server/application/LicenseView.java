package io.vhelpi.server.application;

import java.time.Instant;
import java.util.List;

/**
 * A license as the administration API shows it: owner, balance and the organisations it is granted
 * to.
 */
public record LicenseView(
        String id,
        String organisationId,
        String name,
        int credits,
        List<String> grantedTo,
        Instant createdAt) {}

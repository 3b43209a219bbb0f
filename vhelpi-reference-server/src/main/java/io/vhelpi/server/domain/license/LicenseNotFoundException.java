package io.vhelpi.server.domain.license;

import io.vhelpi.server.domain.DomainException;

/** The license does not exist or the organisation may not charge it. */
public class LicenseNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public LicenseNotFoundException() {
        super("license_not_found", "The organisation has no license with this id.");
    }
}

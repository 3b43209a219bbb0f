package io.vhelpi.server.domain.license;

/** How an organisation holds a license. */
public enum LicenseKind {
    /** The organisation's own license. */
    OWN,
    /** Another organisation lets this one charge its license. */
    SHARED
}

package io.vhelpi.sdk.errors;

/** The license names no license the organisation may use ({@code 404 license_not_found}). */
public class LicenseNotFoundException extends VhelpiException {

    private static final long serialVersionUID = 1L;

    /** The error code this exception stands for. */
    public static final String CODE = "license_not_found";

    /**
     * Creates the exception.
     *
     * @param details what is known about the failed call
     */
    public LicenseNotFoundException(ErrorDetails details) {
        super(CODE, details, null);
    }
}

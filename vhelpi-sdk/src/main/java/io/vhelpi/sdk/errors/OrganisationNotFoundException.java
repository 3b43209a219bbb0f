package io.vhelpi.sdk.errors;

/** An administration call names an unknown organisation ({@code 404 organisation_not_found}). */
public class OrganisationNotFoundException extends VhelpiException {

    private static final long serialVersionUID = 1L;

    /** The error code this exception stands for. */
    public static final String CODE = "organisation_not_found";

    /**
     * Creates the exception.
     *
     * @param details what is known about the failed call
     */
    public OrganisationNotFoundException(ErrorDetails details) {
        super(CODE, details, null);
    }
}

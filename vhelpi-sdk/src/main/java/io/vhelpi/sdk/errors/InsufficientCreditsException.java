package io.vhelpi.sdk.errors;

/** The license has no credits left ({@code 402 insufficient_credits}). */
public class InsufficientCreditsException extends VhelpiException {

    private static final long serialVersionUID = 1L;

    /** The error code this exception stands for. */
    public static final String CODE = "insufficient_credits";

    private final String licenseId;

    /**
     * Creates the exception.
     *
     * @param details what is known about the failed call
     * @param licenseId the id of the exhausted license, or {@code null}
     */
    public InsufficientCreditsException(ErrorDetails details, String licenseId) {
        super(CODE, details, null);
        this.licenseId = licenseId;
    }

    /**
     * The license that has no credits left.
     *
     * @return the license id, or {@code null} when the server did not name it
     */
    public String licenseId() {
        return licenseId;
    }
}

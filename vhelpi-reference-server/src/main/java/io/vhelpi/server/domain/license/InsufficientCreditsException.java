package io.vhelpi.server.domain.license;

import io.vhelpi.server.domain.DomainException;
import java.util.Map;

/** The license has no credit left for a new session. */
public class InsufficientCreditsException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String licenseId;

    public InsufficientCreditsException(String licenseId) {
        super("insufficient_credits", "The license has no credits left.");
        this.licenseId = licenseId;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("licenseId", licenseId);
    }
}

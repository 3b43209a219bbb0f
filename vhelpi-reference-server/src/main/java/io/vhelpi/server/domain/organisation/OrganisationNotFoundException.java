package io.vhelpi.server.domain.organisation;

import io.vhelpi.server.domain.DomainException;

/** An administration request names an organisation that does not exist. */
public class OrganisationNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public OrganisationNotFoundException() {
        super("organisation_not_found", "There is no organisation with this id.");
    }
}

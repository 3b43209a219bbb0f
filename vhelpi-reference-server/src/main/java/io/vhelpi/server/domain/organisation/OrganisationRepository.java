package io.vhelpi.server.domain.organisation;

import java.util.Optional;

/** Where organisations are kept. */
public interface OrganisationRepository {

    /** The organisation with this id, or empty. */
    Optional<Organisation> find(String organisationId);
}

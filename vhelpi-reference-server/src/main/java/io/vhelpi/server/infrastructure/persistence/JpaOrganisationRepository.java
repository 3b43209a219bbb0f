package io.vhelpi.server.infrastructure.persistence;

import io.vhelpi.server.domain.organisation.ApiKey;
import io.vhelpi.server.domain.organisation.ApiKeyRepository;
import io.vhelpi.server.domain.organisation.Organisation;
import io.vhelpi.server.domain.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Organisations and their API keys. */
@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository, ApiKeyRepository {

    @PersistenceContext(unitName = "vhelpi")
    EntityManager em;

    @Override
    public Optional<Organisation> find(String organisationId) {
        return Optional.ofNullable(em.find(Organisation.class, organisationId));
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return em.createQuery("select k from ApiKey k where k.keyHash = :hash", ApiKey.class)
                .setParameter("hash", keyHash)
                .getResultStream()
                .findFirst();
    }
}

package io.vhelpi.server.infrastructure.persistence;

import io.vhelpi.server.domain.notification.InvitationTemplate;
import io.vhelpi.server.domain.notification.InvitationTemplateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The organisations' invitation templates. */
@ApplicationScoped
public class JpaInvitationTemplateRepository implements InvitationTemplateRepository {

    @PersistenceContext(unitName = "vhelpi")
    EntityManager em;

    @Override
    public Optional<InvitationTemplate> find(String organisationId) {
        return Optional.ofNullable(em.find(InvitationTemplate.class, organisationId));
    }
}

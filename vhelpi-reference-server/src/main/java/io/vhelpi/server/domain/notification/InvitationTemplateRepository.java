package io.vhelpi.server.domain.notification;

import java.util.Optional;

/** The organisations' own invitation texts. */
public interface InvitationTemplateRepository {

    /** The organisation's template, or empty when it uses the built-in texts. */
    Optional<InvitationTemplate> find(String organisationId);
}

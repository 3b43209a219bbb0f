package io.vhelpi.server.application;

import io.vhelpi.core.Channel;
import io.vhelpi.core.sms.SmsText;
import io.vhelpi.server.domain.notification.Invitation;
import io.vhelpi.server.domain.notification.InvitationMessage;
import io.vhelpi.server.domain.notification.InvitationTemplate;
import io.vhelpi.server.domain.notification.InvitationTemplateRepository;
import io.vhelpi.server.domain.notification.InvitationTemplates;
import io.vhelpi.server.domain.organisation.Organisation;
import io.vhelpi.server.domain.organisation.OrganisationRepository;
import io.vhelpi.server.domain.session.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Writes a session's invitation in its organisation's words (its own template, or the default one),
 * with what the channel needs to know: the sender's name of an e-mail, the segments of an SMS. Used
 * for the first invitation and for every resend alike.
 */
@ApplicationScoped
public class InvitationComposer {

    @Inject OrganisationRepository organisations;
    @Inject InvitationTemplateRepository templates;

    /** A pending invitation of {@code session} carrying {@code joinUrl}. */
    public Invitation compose(Session session, String joinUrl, Instant now) {
        Organisation organisation = organisations.find(session.organisationId()).orElseThrow();
        InvitationTemplate template = templates.find(organisation.id()).orElse(null);
        InvitationMessage message =
                InvitationTemplates.render(
                        session.channel(),
                        organisation.name(),
                        session.caseNumber(),
                        joinUrl,
                        template);

        boolean sms = session.channel() == Channel.SMS;
        return Invitation.pending(
                session.id(),
                session.channel(),
                session.recipient(),
                message,
                sms ? null : InvitationTemplates.senderName(organisation.name(), template),
                sms ? SmsText.analyse(message.text()).segments() : null,
                now);
    }
}

package io.vhelpi.server.infrastructure.notification;

import io.vhelpi.core.Channel;
import io.vhelpi.server.application.ServerSettings;
import io.vhelpi.server.domain.notification.Invitation;
import io.vhelpi.server.domain.notification.InvitationChannel;
import io.vhelpi.server.domain.notification.InvitationMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The channel of the embedded default: SMS and e-mail alike land in a table instead of reaching a
 * phone, and {@code /dev/outbox} shows them with their clickable links. It stands in for the SMS
 * gateway and the mail server until they are configured. In production mode it carries nothing.
 */
@ApplicationScoped
public class DevOutbox implements InvitationChannel {

    private static final int PAGE = 100;

    @PersistenceContext(unitName = "vhelpi")
    EntityManager em;

    @Inject ServerSettings settings;
    @Inject Clock clock;

    @Override
    public boolean carries(Channel channel) {
        return settings.embeddedDefault();
    }

    @Override
    public boolean isStandIn() {
        return true;
    }

    @Override
    public String deliver(Invitation invitation, InvitationMessage message) {
        DevOutboxMessage stored =
                new DevOutboxMessage(
                        invitation.sessionId(),
                        invitation.channel(),
                        invitation.recipient(),
                        message.subject(),
                        message.text(),
                        message.link(),
                        clock.instant());
        em.persist(stored);
        return stored.id();
    }

    /** The newest messages first, at most one hundred. */
    public List<DevOutboxMessage> newest() {
        return em.createQuery(
                        "select m from DevOutboxMessage m order by m.createdAt desc, m.id desc",
                        DevOutboxMessage.class)
                .setMaxResults(PAGE)
                .getResultList();
    }
}

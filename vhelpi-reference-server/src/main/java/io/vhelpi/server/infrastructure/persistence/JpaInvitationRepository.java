package io.vhelpi.server.infrastructure.persistence;

import io.vhelpi.core.Channel;
import io.vhelpi.server.domain.notification.DeliveryStatus;
import io.vhelpi.server.domain.notification.Invitation;
import io.vhelpi.server.domain.notification.InvitationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The invitation outbox; see {@link OutboxSql} for how dispatchers share it. */
@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {

    @PersistenceContext(unitName = "vhelpi")
    EntityManager em;

    @Override
    public void add(Invitation invitation) {
        em.persist(invitation);
    }

    @Override
    public Optional<Invitation> claim(String invitationId, Instant now) {
        List<?> claimed =
                em.createNativeQuery(OutboxSql.CLAIM)
                        .setParameter(1, invitationId)
                        .setParameter(2, now)
                        .getResultList();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Invitation.class, invitationId));
    }

    @Override
    public List<String> findDueIds(Instant now, int max) {
        return em.createNativeQuery(OutboxSql.DUE_IDS)
                .setParameter(1, now)
                .setParameter(2, max)
                .getResultStream()
                .map(String::valueOf)
                .toList();
    }

    @Override
    public Optional<Invitation> findByProviderMessageIdForUpdate(
            Channel channel, String providerId) {
        return em.createQuery(
                        "select i from Invitation i where i.providerMessageId = :id"
                                + " and i.channel = :channel",
                        Invitation.class)
                .setParameter("id", providerId)
                .setParameter("channel", channel)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Map<String, Invitation> findBySessionIds(Collection<String> sessionIds) {
        return em.createQuery(
                        "select i from Invitation i where i.sessionId in :sessions",
                        Invitation.class)
                .setParameter("sessions", sessionIds)
                .getResultStream()
                .collect(
                        Collectors.toMap(
                                Invitation::sessionId,
                                Function.identity(),
                                JpaInvitationRepository::newer));
    }

    @Override
    public boolean anySent(String sessionId) {
        return em.createQuery(
                                "select count(i) from Invitation i where i.sessionId = :session"
                                        + " and i.status in :sent",
                                Long.class)
                        .setParameter("session", sessionId)
                        .setParameter(
                                "sent", List.of(DeliveryStatus.SENT, DeliveryStatus.DELIVERED))
                        .getSingleResult()
                > 0;
    }

    // A resent invitation is a new row; a reader sees the newest one.
    private static Invitation newer(Invitation a, Invitation b) {
        return b.createdAt().isAfter(a.createdAt()) ? b : a;
    }
}

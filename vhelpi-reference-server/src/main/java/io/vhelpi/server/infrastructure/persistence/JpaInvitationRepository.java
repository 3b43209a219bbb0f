package io.vhelpi.server.infrastructure.persistence;

import io.vhelpi.server.domain.notification.DeliveryStatus;
import io.vhelpi.server.domain.notification.Invitation;
import io.vhelpi.server.domain.notification.InvitationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The invitation outbox. */
@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {

    @PersistenceContext(unitName = "vhelpi")
    EntityManager em;

    @Override
    public void add(Invitation invitation) {
        em.persist(invitation);
    }

    @Override
    public Optional<Invitation> findForDelivery(String invitationId) {
        return Optional.ofNullable(
                        em.find(Invitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE))
                .filter(invitation -> invitation.status() == DeliveryStatus.PENDING);
    }

    @Override
    public List<String> findPendingIds(int max) {
        return em.createQuery(
                        "select i.id from Invitation i where i.status = :pending"
                                + " order by i.createdAt",
                        String.class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setMaxResults(max)
                .getResultList();
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

package io.vhelpi.server.application;

import io.vhelpi.server.domain.session.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Announces session changes. The announcement carries the session as it is at this moment, read
 * inside the transaction, so that observers after the commit need no database.
 */
@ApplicationScoped
public class SessionEvents {

    @Inject Event<SessionChanged> changes;
    @Inject SessionViews views;

    /** Announces that {@code session} changed; call it inside the changing transaction. */
    public void publish(SessionChanged.Kind kind, Session session) {
        changes.fire(new SessionChanged(kind, views.of(session)));
    }
}

package io.vhelpi.sdk;

import io.vhelpi.sdk.errors.VhelpiException;
import io.vhelpi.sdk.model.SessionEvent;

/**
 * Receives the events of one session, on the subscription's own thread, one at a time. The first
 * event is always the session as it is; the last one shows it ended (closed or expired).
 */
public interface SessionListener {

    /**
     * A session event arrived. Return quickly: the next event waits for this call.
     *
     * @param event the event
     */
    void onEvent(SessionEvent event);

    /**
     * The subscription stopped for a reason a new connection cannot cure (the session is unknown,
     * the API key was revoked); no event follows. Broken connections are not reported here: the
     * subscription reconnects on its own.
     *
     * @param error what went wrong
     */
    default void onError(VhelpiException error) {}
}

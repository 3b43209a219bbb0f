package io.vhelpi.sdk;

import io.vhelpi.sdk.errors.VhelpiConnectionException;
import io.vhelpi.sdk.errors.VhelpiException;
import io.vhelpi.sdk.errors.VhelpiServerException;
import io.vhelpi.sdk.model.Session;
import io.vhelpi.sdk.model.SessionEvent;
import io.vhelpi.sdk.model.SessionEventType;
import io.vhelpi.sdk.transport.ApiRequest;
import io.vhelpi.sdk.transport.EventStream;
import io.vhelpi.sdk.transport.HttpTransport;
import jakarta.ws.rs.ProcessingException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A listener's subscription to the events of one session, served by a daemon thread of its own.
 * When the stream breaks or stays silent for the read timeout, it opens the stream again after a
 * pause (1 second, doubling up to 30 seconds), and the server starts every stream with the session
 * as it is, so nothing is missed. It ends by itself once the session ended; {@link #close()} ends
 * it earlier.
 */
public final class SessionSubscription implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SessionSubscription.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final HttpTransport transport;
    private final ApiRequest request;
    private final SessionListener listener;
    private final Thread thread;

    private volatile boolean closed;
    private volatile EventStream current;

    SessionSubscription(
            HttpTransport transport,
            String operatorId,
            String sessionId,
            SessionListener listener) {
        this.transport = transport;
        this.request =
                ApiRequest.get(operatorId, Map.of(), "api", "v1", "sessions", sessionId, "events");
        this.listener = listener;
        this.thread = new Thread(this::run, "vhelpi-session-events-" + shortId(sessionId));
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Whether events may still come.
     *
     * @return {@code false} once the session ended, an error stopped the subscription, or it was
     *     closed
     */
    public boolean isOpen() {
        return !closed && thread.isAlive();
    }

    /** Stops the subscription; no event is delivered after this returns. */
    @Override
    public void close() {
        closed = true;
        EventStream stream = current;
        if (stream != null) {
            stream.close();
        }
        thread.interrupt();
    }

    private void run() {
        Duration pause = FIRST_PAUSE;
        while (!closed) {
            try (EventStream stream = transport.openEvents(request)) {
                current = stream;
                if (closed) {
                    return;
                }
                if (readUntilEnded(stream)) {
                    return;
                }
                pause = FIRST_PAUSE;
            } catch (VhelpiConnectionException | ProcessingException | UncheckedIOException e) {
                LOG.debug("Session event stream {} broke: {}", request.displayPath(), e.toString());
            } catch (VhelpiServerException e) {
                if (e.httpStatus() < 500) {
                    stopWith(e);
                    return;
                }
                LOG.debug("Session event stream {} refused: {}", request.displayPath(), e.code());
            } catch (VhelpiException e) {
                stopWith(e);
                return;
            } finally {
                current = null;
            }
            if (!pause(pause)) {
                return;
            }
            pause =
                    pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0
                            ? LONGEST_PAUSE
                            : pause.multipliedBy(2);
        }
    }

    /** Delivers the stream's events; true when the session ended. */
    private boolean readUntilEnded(EventStream stream) {
        Optional<EventStream.Event> next;
        while (!closed && (next = stream.next()).isPresent()) {
            Session session = stream.read(next.get().data(), Session.class);
            SessionEventType type = SessionEventType.fromWireName(next.get().name());
            deliver(new SessionEvent(type, session));
            if (!session.isActive()) {
                closed = true;
                return true;
            }
        }
        return closed;
    }

    private void deliver(SessionEvent event) {
        if (closed) {
            return;
        }
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.warn("A session listener failed on {}: {}", event.type(), e.toString());
        }
    }

    private void stopWith(VhelpiException error) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            listener.onError(error);
        } catch (RuntimeException e) {
            LOG.warn("A session listener failed on an error: {}", e.toString());
        }
    }

    private boolean pause(Duration pause) {
        try {
            transport.sleeper().sleep(pause);
            return !closed;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static String shortId(String sessionId) {
        return sessionId.length() > 8 ? sessionId.substring(0, 8) : sessionId;
    }

    /** Describes the subscription by its session. */
    @Override
    public String toString() {
        return "SessionSubscription[" + request.displayPath() + ", open=" + isOpen() + "]";
    }
}

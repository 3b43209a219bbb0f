package io.vhelpi.server.interfaces.rest;

import io.vhelpi.server.application.SessionChanged;
import io.vhelpi.server.application.SessionDetails;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open event streams of sessions on this server node, one broadcaster per session. Changes
 * reach them only after their transaction committed, whether a request or the scheduled expiry made
 * them; a comment every fifteen seconds keeps idle connections open through proxies.
 *
 * <p>[Scaling gap] A change reaches the streams of the node that made it. Every stream starts with
 * the session as it is, so a client that reconnects (the SDK does on every broken or quiet stream)
 * never misses where the session stands; a cluster would relay changes between nodes (a database
 * notification channel or a message topic) to deliver them at once everywhere.
 */
@ApplicationScoped
public class SessionEventStreams {

    /** The name of the first event of every stream: the session as it is now. */
    public static final String CURRENT_STATE = "session";

    private static final Logger LOG = LoggerFactory.getLogger(SessionEventStreams.class);
    private static final long PING_SECONDS = 15;
    private static final long FIRST_EVENT_SECONDS = 10;

    private final Map<String, SseBroadcaster> broadcasters = new ConcurrentHashMap<>();

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private volatile Sse sse;
    private ScheduledFuture<?> pings;

    /**
     * Adds a client's stream: it receives the session as {@code current} reads it, then every
     * change. Registering comes first, so that no change falls between the read and the
     * registration; a stream of an ended session gets its final state and is closed.
     *
     * <p>The session's broadcaster is held while the stream joins it and receives its first event,
     * so that a change is never broadcast to a stream that has not been opened yet.
     */
    void open(String sessionId, SseEventSink sink, Sse sse, Supplier<SessionDetails> current) {
        startPings(sse);
        SseBroadcaster broadcaster =
                broadcasters.computeIfAbsent(sessionId, id -> newBroadcaster(sse));

        SessionDetails now;
        synchronized (broadcaster) {
            broadcaster.register(sink);
            now = current.get();
            awaitSent(sink.send(event(sse, CURRENT_STATE, now)));
        }
        if (!now.session().status().isActive()) {
            SseBroadcaster ended = broadcasters.remove(sessionId);
            if (ended != null) {
                ended.close();
            }
            sink.close();
        }
    }

    /** Tells the session's streams about a committed change; a final change ends them. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionChanged change) {
        Sse current = sse;
        SseBroadcaster broadcaster =
                change.kind().isFinal()
                        ? broadcasters.remove(change.sessionId())
                        : broadcasters.get(change.sessionId());
        if (broadcaster == null || current == null) {
            return;
        }
        String name = change.kind().name().toLowerCase(Locale.ROOT);
        synchronized (broadcaster) {
            broadcaster
                    .broadcast(event(current, name, change.details()))
                    .whenComplete(
                            (done, failure) -> {
                                if (change.kind().isFinal()) {
                                    broadcaster.close();
                                }
                            });
        }
    }

    // A client that does not take its first event within the limit is left to its own timeout.
    private static void awaitSent(CompletionStage<?> sending) {
        try {
            sending.toCompletableFuture().get(FIRST_EVENT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("The first event of a session stream was not sent: {}", e.toString());
        }
    }

    private synchronized void startPings(Sse sse) {
        this.sse = sse;
        if (pings == null) {
            pings =
                    scheduler.scheduleAtFixedRate(
                            this::ping, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void ping() {
        Sse current = sse;
        if (current == null || broadcasters.isEmpty()) {
            return;
        }
        OutboundSseEvent ping = current.newEventBuilder().comment("ping").build();
        broadcasters.values().forEach(broadcaster -> broadcaster.broadcast(ping));
    }

    private static SseBroadcaster newBroadcaster(Sse sse) {
        SseBroadcaster broadcaster = sse.newBroadcaster();
        broadcaster.onError(
                (sink, error) -> LOG.debug("A session event stream broke: {}", error.toString()));
        return broadcaster;
    }

    private static OutboundSseEvent event(Sse sse, String name, SessionDetails details) {
        return sse.newEventBuilder()
                .name(name)
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(SessionJson.class, SessionJson.of(details))
                .build();
    }

    @PreDestroy
    synchronized void stop() {
        if (pings != null) {
            pings.cancel(false);
        }
        broadcasters.values().forEach(SseBroadcaster::close);
        broadcasters.clear();
    }
}

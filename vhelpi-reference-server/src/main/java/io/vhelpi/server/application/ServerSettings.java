package io.vhelpi.server.application;

import io.vhelpi.server.domain.notification.RetryPolicy;
import java.time.Duration;

/** The settings the use cases depend on; provided by the configuration layer. */
public interface ServerSettings {

    /** Whether the server runs on its embedded default (demo data, dev outbox). */
    boolean embeddedDefault();

    /** How long an active session survives without activity. */
    Duration sessionIdleTimeout();

    /** The base URL customers reach this server at, without a trailing slash. */
    String publicBaseUrl();

    /** How many times the invitation of one session may be sent again. */
    int maxInvitationResends();

    /**
     * How often the customer's open page reports that it is still there: a third of the idle
     * timeout, so that two lost heartbeats in a row do not end a session, between one second and
     * one minute.
     */
    default Duration customerHeartbeatInterval() {
        Duration third = sessionIdleTimeout().dividedBy(3);
        Duration shortest = Duration.ofSeconds(1);
        Duration longest = Duration.ofMinutes(1);
        if (third.compareTo(shortest) < 0) {
            return shortest;
        }
        return third.compareTo(longest) > 0 ? longest : third;
    }

    /** How often and how late the dispatcher tries an invitation again. */
    RetryPolicy outboxRetry();
}

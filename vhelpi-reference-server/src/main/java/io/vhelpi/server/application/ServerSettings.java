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

    /** How often and how late the dispatcher tries an invitation again. */
    RetryPolicy outboxRetry();
}

package io.vhelpi.server.application;

import io.vhelpi.server.domain.notification.DeliveryStatus;
import io.vhelpi.server.domain.session.Session;
import java.time.Duration;

/**
 * A session with what a reader needs around it.
 *
 * @param joinUrl the customer's link; only known right after creation, null otherwise
 * @param duration from joining to the end, or to the moment of reading while in progress
 */
public record SessionDetails(
        Session session,
        String licenseName,
        DeliveryStatus invitationStatus,
        String invitationFailureReason,
        String joinUrl,
        Duration duration) {}

package io.vhelpi.server.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vhelpi.core.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionLifecycleTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant CREATED = Instant.parse("2025-01-22T13:37:00Z");

    @Test
    void keepingAliveMovesTheExpiryToAnHourAfterNow() {
        Session session = invited();

        session.keepAlive(CREATED.plusSeconds(600), HOUR);

        assertThat(session.expiresAt()).isEqualTo(Instant.parse("2025-01-22T14:47:00Z"));
        assertThat(session.isOverdue(Instant.parse("2025-01-22T14:40:00Z"))).isFalse();
    }

    @Test
    void aPageLeftOpenBeforeJoiningDoesNotKeepTheInvitationAlive() {
        Session session = invited();

        boolean kept = session.customerHeartbeat(CREATED.plusSeconds(600), HOUR);

        assertThat(kept).isFalse();
        assertThat(session.expiresAt()).isEqualTo(Instant.parse("2025-01-22T14:37:00Z"));
    }

    @Test
    void theHeartbeatOfAJoinedCustomerKeepsTheSessionAlive() {
        Session session = invited();
        session.join(CREATED.plusSeconds(60), HOUR);

        boolean kept = session.customerHeartbeat(CREATED.plusSeconds(3000), HOUR);

        assertThat(kept).isTrue();
        assertThat(session.expiresAt()).isEqualTo(Instant.parse("2025-01-22T15:27:00Z"));
    }

    @Test
    void aResentInvitationGetsAFreshLinkUpToTheLimit() {
        Session session = invited();
        JoinToken first = session.reissueJoinToken(CREATED.plusSeconds(60), HOUR, 2);
        JoinToken second = session.reissueJoinToken(CREATED.plusSeconds(120), HOUR, 2);

        assertThat(first.value()).isNotEqualTo(second.value());
        assertThat(session.invitationsResent()).isEqualTo(2);
        assertThat(session.expiresAt()).isEqualTo(Instant.parse("2025-01-22T14:39:00Z"));
        assertThatThrownBy(() -> session.reissueJoinToken(CREATED.plusSeconds(180), HOUR, 2))
                .isInstanceOf(ResendLimitReachedException.class)
                .hasMessageStartingWith("The invitation was already sent again 2 times");
        assertThat(session.invitationsResent()).isEqualTo(2);
    }

    @Test
    void anInvitationIsNotResentAfterTheCustomerJoined() {
        Session session = invited();
        session.join(CREATED.plusSeconds(60), HOUR);

        assertThatThrownBy(() -> session.reissueJoinToken(CREATED.plusSeconds(120), HOUR, 3))
                .isInstanceOf(SessionNotWaitingException.class)
                .extracting(e -> ((SessionNotWaitingException) e).details())
                .isEqualTo(Map.of("sessionStatus", "IN_PROGRESS"));
    }

    @Test
    void anExpiredSessionEndsWithItsLastActivity() {
        Session session = invited();
        session.keepAlive(CREATED.plusSeconds(300), HOUR);

        session.expire();

        assertThat(session.status()).isEqualTo(SessionStatus.EXPIRED);
        assertThat(session.endedAt()).isEqualTo(CREATED.plusSeconds(300));
        assertThat(session.expiresAt()).isNull();
        assertThatThrownBy(() -> session.keepAlive(CREATED.plusSeconds(400), HOUR))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Session invited() {
        SessionDraft draft =
                new SessionDraft(
                        "org",
                        "demo.operator",
                        "license",
                        "KAR2025001",
                        null,
                        Channel.SMS,
                        "+36306167347");
        return Session.invite(draft, JoinToken.generate(), CREATED, HOUR);
    }
}

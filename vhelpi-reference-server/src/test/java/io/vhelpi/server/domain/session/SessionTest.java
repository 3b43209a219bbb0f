package io.vhelpi.server.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vhelpi.core.Channel;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant CREATED = Instant.parse("2025-01-22T13:37:00Z");

    private static Session invited() {
        SessionDraft draft =
                new SessionDraft(
                        "org",
                        "kovacs.janos",
                        "license",
                        "KAR2025001",
                        null,
                        Channel.SMS,
                        "+36306167347");
        return Session.invite(draft, JoinToken.generate(), CREATED, HOUR);
    }

    @Test
    void aNewSessionIsInvitedAndExpiresOneIdleHourAfterCreation() {
        Session session = invited();

        assertThat(session.status()).isEqualTo(SessionStatus.INVITED);
        assertThat(session.expiresAt()).isEqualTo(Instant.parse("2025-01-22T14:37:00Z"));
        assertThat(session.shortId()).isEqualTo(session.id().substring(0, 8)).hasSize(8);
        assertThat(session.duration(CREATED.plusSeconds(600))).isEqualTo(Duration.ZERO);
    }

    @Test
    void joiningStartsTheClockAndMovesTheExpiry() {
        Session session = invited();
        Instant joined = CREATED.plusSeconds(90);

        assertThat(session.join(joined, HOUR)).isTrue();

        assertThat(session.status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(session.joinedAt()).isEqualTo(joined);
        assertThat(session.expiresAt()).isEqualTo(joined.plus(HOUR));
        assertThat(session.duration(joined.plusSeconds(280))).isEqualTo(Duration.ofSeconds(280));
    }

    @Test
    void joiningAgainKeepsTheFirstJoinTime() {
        Session session = invited();
        Instant first = CREATED.plusSeconds(90);
        session.join(first, HOUR);

        assertThat(session.join(first.plusSeconds(30), HOUR)).isFalse();

        assertThat(session.joinedAt()).isEqualTo(first);
    }

    @Test
    void closingEndsTheSessionWithItsFinalDuration() {
        Session session = invited();
        Instant joined = CREATED.plusSeconds(40);
        session.join(joined, HOUR);

        assertThat(session.close(joined.plus(Duration.ofMinutes(67)))).isTrue();

        assertThat(session.status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(session.expiresAt()).isNull();
        assertThat(session.duration(joined.plus(Duration.ofDays(1))))
                .isEqualTo(Duration.ofMinutes(67));
    }

    @Test
    void closingAnEndedSessionChangesNothing() {
        Session session = invited();
        Instant closed = CREATED.plusSeconds(10);
        session.close(closed);

        assertThat(session.close(closed.plusSeconds(50))).isFalse();

        assertThat(session.endedAt()).isEqualTo(closed);
    }

    @Test
    void aSessionIsOverdueExactlyWhenItsIdleHourHasRunOut() {
        Session session = invited();

        assertThat(session.isOverdue(CREATED.plus(HOUR).minusNanos(1000))).isFalse();
        assertThat(session.isOverdue(CREATED.plus(HOUR))).isTrue();
    }

    @Test
    void anExpiredSessionEndedWithItsLastActivity() {
        Session session = invited();
        Instant joined = CREATED.plusSeconds(40);
        session.join(joined, HOUR);

        session.expire();

        assertThat(session.status()).isEqualTo(SessionStatus.EXPIRED);
        assertThat(session.endedAt()).isEqualTo(joined);
        assertThat(session.duration(joined.plus(HOUR))).isEqualTo(Duration.ZERO);
    }

    @Test
    void anEndedSessionCannotBeJoined() {
        Session session = invited();
        session.close(CREATED.plusSeconds(5));

        assertThatThrownBy(() -> session.join(CREATED.plusSeconds(6), HOUR))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has already ended: CLOSED");
    }

    @Test
    void toStringMasksTheCustomersPhoneNumber() {
        assertThat(invited().toString()).doesNotContain("6167347").contains("+36 30 *** **47");
    }
}

package io.vhelpi.server.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2025-01-22T13:37:00Z");
    private final RetryPolicy policy =
            new RetryPolicy(6, Duration.ofSeconds(30), Duration.ofMinutes(5));

    @Test
    void theWaitDoublesAfterEachFailedTryUpToTheLongestWait() {
        assertThat(policy.nextAttempt(1, NOW)).contains(NOW.plusSeconds(30));
        assertThat(policy.nextAttempt(2, NOW)).contains(NOW.plusSeconds(60));
        assertThat(policy.nextAttempt(3, NOW)).contains(NOW.plusSeconds(120));
        assertThat(policy.nextAttempt(4, NOW)).contains(NOW.plusSeconds(240));
        assertThat(policy.nextAttempt(5, NOW)).contains(NOW.plusSeconds(300));
    }

    @Test
    void noTryFollowsTheLastOne() {
        assertThat(policy.nextAttempt(6, NOW)).isEmpty();
        assertThat(
                        new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1))
                                .nextAttempt(1, NOW))
                .isEmpty();
    }

    @Test
    void aPolicyWithoutTriesOrWithAShorterLongestWaitIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

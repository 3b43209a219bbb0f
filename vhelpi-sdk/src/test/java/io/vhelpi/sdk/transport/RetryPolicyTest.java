package io.vhelpi.sdk.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.vhelpi.sdk.errors.ErrorDetails;
import io.vhelpi.sdk.errors.IdempotencyKeyInUseException;
import io.vhelpi.sdk.errors.RateLimitedException;
import io.vhelpi.sdk.errors.SessionNotFoundException;
import io.vhelpi.sdk.errors.VhelpiConnectionException;
import io.vhelpi.sdk.errors.VhelpiServerException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3);

    private static final ApiRequest CREATE_WITHOUT_KEY =
            ApiRequest.post("demo.operator", "{}", null, false, "api", "v1", "sessions");
    private static final ApiRequest CREATE_WITH_KEY =
            ApiRequest.post("demo.operator", "{}", "key-1", false, "api", "v1", "sessions");

    private static final ApiRequest GET = ApiRequest.get(null, null, "api", "v1", "licenses");
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2025-01-22T13:37:00Z"), ZoneOffset.UTC);

    private static ErrorDetails noAnswer() {
        return ErrorDetails.withoutResponse("r-1", Locale.ENGLISH);
    }

    private static ErrorDetails answer(int status) {
        return new ErrorDetails(status, "r-1", null, List.of(), Locale.ENGLISH);
    }

    @Test
    void read_timeout_of_a_post_without_idempotency_key_is_not_retried() {
        VhelpiConnectionException timeout =
                new VhelpiConnectionException(VhelpiConnectionException.TIMEOUT, noAnswer(), null);

        assertThat(policy.delayBeforeRetry(CREATE_WITHOUT_KEY, timeout, 1)).isEmpty();
        assertThat(policy.delayBeforeRetry(CREATE_WITH_KEY, timeout, 1)).isPresent();
    }

    @Test
    void refused_connection_is_retried_even_without_idempotency_key() {
        VhelpiConnectionException refused =
                new VhelpiConnectionException(
                        VhelpiConnectionException.CONNECTION_FAILED, noAnswer(), null);

        assertThat(policy.delayBeforeRetry(CREATE_WITHOUT_KEY, refused, 1)).isPresent();
    }

    @Test
    void the_last_attempt_is_final() {
        VhelpiServerException unavailable =
                new VhelpiServerException("server_error", answer(503), null);

        assertThat(policy.delayBeforeRetry(CREATE_WITH_KEY, unavailable, 2)).isPresent();
        assertThat(policy.delayBeforeRetry(CREATE_WITH_KEY, unavailable, 3)).isEmpty();
    }

    @Test
    void internal_server_error_and_business_errors_are_not_retried() {
        assertThat(
                        policy.delayBeforeRetry(
                                CREATE_WITH_KEY,
                                new VhelpiServerException("server_error", answer(500), null),
                                1))
                .isEmpty();
        assertThat(
                        policy.delayBeforeRetry(
                                CREATE_WITH_KEY, new SessionNotFoundException(answer(404)), 1))
                .isEmpty();
    }

    @Test
    void a_retry_after_longer_than_a_minute_is_left_to_the_caller() {
        RateLimitedException rateLimited =
                new RateLimitedException(answer(429), Duration.ofMinutes(5));

        assertThat(policy.delayBeforeRetry(CREATE_WITH_KEY, rateLimited, 1)).isEmpty();
    }

    @Test
    void backoff_grows_from_200_ms_and_stops_at_5_seconds() {
        for (int i = 0; i < 50; i++) {
            assertThat(RetryPolicy.backoff(1)).isBetween(Duration.ZERO, Duration.ofMillis(200));
            assertThat(RetryPolicy.backoff(3)).isBetween(Duration.ZERO, Duration.ofMillis(800));
            assertThat(RetryPolicy.backoff(30)).isBetween(Duration.ZERO, Duration.ofSeconds(5));
        }
    }

    @Test
    void retry_after_is_read_as_seconds_or_ignored_when_unreadable() {
        assertThat(ProblemReader.retryAfter("2", CLOCK)).isEqualTo(Duration.ofSeconds(2));
        assertThat(ProblemReader.retryAfter("soon", CLOCK)).isNull();
        assertThat(ProblemReader.retryAfter(null, CLOCK)).isNull();
    }

    @Test
    void retry_after_as_an_http_date_is_measured_from_the_injected_clock() {
        assertThat(ProblemReader.retryAfter("Wed, 22 Jan 2025 13:37:07 GMT", CLOCK))
                .isEqualTo(Duration.ofSeconds(7));
        assertThat(ProblemReader.retryAfter("Wed, 22 Jan 2025 13:36:00 GMT", CLOCK))
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void a_503_waits_as_long_as_its_retry_after_asks() {
        VhelpiServerException unavailable =
                new VhelpiServerException(
                        VhelpiServerException.SERVER_ERROR,
                        new ErrorDetails(503, "r1", null, List.of(), Locale.ENGLISH),
                        null,
                        Duration.ofSeconds(4));

        assertThat(new RetryPolicy(3).delayBeforeRetry(GET, unavailable, 1))
                .contains(Duration.ofSeconds(4));
    }

    @Test
    void a_key_still_in_use_is_retried_because_the_repetition_gets_the_first_answer() {
        IdempotencyKeyInUseException inUse =
                new IdempotencyKeyInUseException(
                        new ErrorDetails(409, "r1", null, List.of(), Locale.ENGLISH));

        assertThat(new RetryPolicy(3).delayBeforeRetry(GET, inUse, 1)).isPresent();
        assertThat(new RetryPolicy(3).delayBeforeRetry(GET, inUse, 3)).isEmpty();
    }
}

package io.vhelpi.spring.health;

import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.errors.VhelpiException;
import io.vhelpi.sdk.model.License;
import io.vhelpi.sdk.monitoring.FinishedCall;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the Vhelpi server can be used: it answers, and it accepts the API key. It reads the
 * organisation's licenses, the cheapest call that needs the key.
 *
 * <p>Up, the details are the number of licenses and the credits left on them. Down, the details are
 * the SDK's error code (e.g. {@code unauthorized}, {@code connection_failed}, {@code timeout}), the
 * HTTP status and the request id when there was an answer. The details never contain the API key or
 * the exception's text.
 */
public class VhelpiHealthIndicator implements HealthIndicator {

    private final VhelpiClient client;

    /**
     * Creates the indicator.
     *
     * @param client the client whose server and key are checked
     */
    public VhelpiHealthIndicator(VhelpiClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Calls the server and reports the result.
     *
     * @return up with the licenses and credits, or down with the error code
     */
    @Override
    public Health health() {
        try {
            List<License> licenses = client.licenses();
            return Health.up()
                    .withDetail("licenses", licenses.size())
                    .withDetail("credits", licenses.stream().mapToLong(License::credits).sum())
                    .build();
        } catch (VhelpiException e) {
            return down(e);
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", FinishedCall.UNEXPECTED_ERROR).build();
        }
    }

    private static Health down(VhelpiException failure) {
        Health.Builder health = Health.down().withDetail("error", failure.code());
        if (failure.httpStatus() != 0) {
            health.withDetail("httpStatus", failure.httpStatus());
        }
        if (failure.requestId() != null) {
            health.withDetail("requestId", failure.requestId());
        }
        return health.build();
    }
}

package io.vhelpi.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The defaults a client gets without any setting; changing one is a visible decision. */
class ClientDefaultsTest {

    @Test
    void
            a_client_without_settings_has_finite_pinned_timeouts_three_attempts_and_twenty_connections() {
        try (VhelpiClient client =
                VhelpiClient.builder()
                        .baseUrl("http://localhost:8080")
                        .apiKey("vh_test_defaults")
                        .build()) {

            assertThat(client.settings().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(client.settings().readTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(client.settings().maxAttempts()).isEqualTo(3);
            assertThat(client.settings().maxConnections()).isEqualTo(20);
            assertThat(client.settings().locale()).isEqualTo(Locale.ENGLISH);
        }
    }

    @Test
    void the_documented_default_constants_are_the_ones_applied() {
        assertThat(VhelpiClient.DEFAULT_CONNECT_TIMEOUT).isEqualTo(Duration.ofSeconds(5));
        assertThat(VhelpiClient.DEFAULT_READ_TIMEOUT).isEqualTo(Duration.ofSeconds(30));
        assertThat(VhelpiClient.DEFAULT_MAX_ATTEMPTS).isEqualTo(3);
        assertThat(VhelpiClient.DEFAULT_MAX_CONNECTIONS).isEqualTo(20);
    }
}

package io.vhelpi.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class VhelpiClientBuilderTest {

    private static VhelpiClient.Builder valid() {
        return VhelpiClient.builder().baseUrl("http://localhost:8080").apiKey("vh_demo_1234567890");
    }

    @Test
    void missing_base_url_is_named() {
        assertThatThrownBy(() -> VhelpiClient.builder().apiKey("vh_demo_1234567890").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUrl is required");
    }

    @Test
    void missing_api_key_is_named() {
        assertThatThrownBy(() -> VhelpiClient.builder().baseUrl("http://localhost:8080").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("apiKey is required");
    }

    @Test
    void zero_connect_timeout_is_named() {
        assertThatThrownBy(() -> valid().connectTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("connectTimeout must be positive");
    }

    @Test
    void negative_read_timeout_is_named() {
        assertThatThrownBy(() -> valid().readTimeout(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("readTimeout must be positive");
    }

    @Test
    void practically_infinite_timeout_is_refused() {
        assertThatThrownBy(() -> valid().readTimeout(Duration.ofDays(365)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("readTimeout must be at most 24 days");
    }

    @Test
    void zero_attempts_are_refused() {
        assertThatThrownBy(() -> valid().maxAttempts(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAttempts must be between 1 and 10");
    }

    @Test
    void base_url_must_be_an_http_address() {
        assertThatThrownBy(() -> valid().baseUrl("localhost:8080").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUrl must be an absolute http or https address");
    }

    @Test
    void a_builder_builds_only_once_and_the_client_hides_its_key() {
        VhelpiClient.Builder builder = valid();

        try (VhelpiClient client = builder.build()) {
            assertThat(client.toString())
                    .startsWith("VhelpiClient[baseUrl=http://localhost:8080, apiKey=")
                    .doesNotContain("vh_demo_1234567890");
        }
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("This builder has already built a client");
    }

    @Test
    void the_user_agent_names_the_sdk_java_and_the_suffix() {
        assertThat(UserAgent.of("claim-desk/1.0"))
                .isEqualTo(
                        "vhelpi-sdk/dev Java/"
                                + System.getProperty("java.version")
                                + " claim-desk/1.0");
        assertThat(UserAgent.of(null))
                .isEqualTo("vhelpi-sdk/dev Java/" + System.getProperty("java.version"));
    }
}

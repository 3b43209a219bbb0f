package io.vhelpi.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.vhelpi.sdk.VhelpiClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class VhelpiAutoConfigurationTest {

    private static final String BASE_URL = "http://127.0.0.1:8089";
    private static final String API_KEY = "vh_test_Qx8Lm2Rt7Zp4Nc9V";

    private final ApplicationContextRunner runner = ContextRunners.vhelpi();

    private final ApplicationContextRunner configured =
            runner.withPropertyValues("vhelpi.base-url=" + BASE_URL, "vhelpi.api-key=" + API_KEY);

    @Test
    void clientIsBuiltFromTheProperties() {
        configured
                .withPropertyValues(
                        "vhelpi.connect-timeout=2s",
                        "vhelpi.read-timeout=1m",
                        "vhelpi.max-attempts=5",
                        "vhelpi.locale=hu",
                        "vhelpi.user-agent-suffix=claim-desk/1.0")
                .run(
                        context -> {
                            assertThat(context).hasSingleBean(VhelpiClient.class);
                            assertThat(context.getBean(VhelpiClient.class))
                                    .hasToString(
                                            "VhelpiClient[baseUrl="
                                                    + BASE_URL
                                                    + ", apiKey=vh_t…, locale=hu]");

                            VhelpiProperties properties = context.getBean(VhelpiProperties.class);
                            assertThat(properties.getConnectTimeout())
                                    .isEqualTo(Duration.ofSeconds(2));
                            assertThat(properties.getReadTimeout())
                                    .isEqualTo(Duration.ofMinutes(1));
                            assertThat(properties.getMaxAttempts()).isEqualTo(5);
                            assertThat(properties.getLocale())
                                    .isEqualTo(Locale.forLanguageTag("hu"));
                            assertThat(properties.getUserAgentSuffix()).isEqualTo("claim-desk/1.0");
                        });
    }

    @Test
    void unsetPropertiesKeepTheirDefaults() {
        configured.run(
                context -> {
                    VhelpiProperties properties = context.getBean(VhelpiProperties.class);

                    assertThat(properties.isEnabled()).isTrue();
                    assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(properties.getReadTimeout()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(properties.getMaxAttempts()).isEqualTo(3);
                    assertThat(properties.getLocale()).isEqualTo(Locale.ENGLISH);
                    assertThat(properties.getUserAgentSuffix()).isNull();
                    assertThat(context.getBean(VhelpiClient.class))
                            .hasToString(
                                    "VhelpiClient[baseUrl="
                                            + BASE_URL
                                            + ", apiKey=vh_t…, locale=en]");
                });
    }

    @Test
    void disabledFlagCreatesNoClient() {
        configured
                .withPropertyValues("vhelpi.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(VhelpiClient.class));
    }

    @Test
    void missingBaseUrlFailsTheStartNamingTheProperty() {
        runner.withPropertyValues("vhelpi.api-key=" + API_KEY)
                .run(
                        context ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .isInstanceOf(VhelpiConfigurationException.class)
                                        .hasMessage(
                                                "The Vhelpi client needs the property"
                                                        + " vhelpi.base-url: set vhelpi.base-url"
                                                        + " in the application's configuration,"
                                                        + " or the environment variable"
                                                        + " VHELPI_BASE_URL, or set"
                                                        + " vhelpi.enabled=false to create no"
                                                        + " client."));
    }

    @Test
    void missingApiKeyFailsTheStartNamingTheProperty() {
        runner.withPropertyValues("vhelpi.base-url=" + BASE_URL)
                .run(
                        context ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .isInstanceOf(VhelpiConfigurationException.class)
                                        .message()
                                        .contains("vhelpi.api-key", "VHELPI_API_KEY"));
    }

    @Test
    void blankApiKeyCountsAsMissing() {
        configured
                .withPropertyValues("vhelpi.api-key=  ")
                .run(
                        context ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .message()
                                        .contains("vhelpi.api-key"));
    }

    @Test
    void invalidValueFailsTheStartWithTheSdkReason() {
        configured
                .withPropertyValues("vhelpi.max-attempts=0")
                .run(
                        context ->
                                assertThat(context)
                                        .getFailure()
                                        .rootCause()
                                        .isInstanceOf(IllegalArgumentException.class)
                                        .hasMessage("maxAttempts must be between 1 and 10"));
    }

    @Test
    void applicationsOwnClientWins() {
        configured
                .withUserConfiguration(OwnClientConfiguration.class)
                .run(
                        context -> {
                            assertThat(context).hasSingleBean(VhelpiClient.class);
                            assertThat(context.getBean(VhelpiClient.class))
                                    .isSameAs(context.getBean("ownClient"));
                        });
    }

    @Test
    void everyCustomizerIsAppliedInOrder() {
        configured
                .withUserConfiguration(CustomizerConfiguration.class)
                .run(
                        context -> {
                            assertThat(context).hasSingleBean(VhelpiClient.class);
                            assertThat(context.getBean(CustomizerConfiguration.class).calls)
                                    .containsExactly("first", "second");
                        });
    }

    @Test
    void customizerSettingAnInvalidValueFailsTheStart() {
        configured
                .withBean(
                        VhelpiClientBuilderCustomizer.class,
                        () -> builder -> builder.userAgentSuffix("claim desk ✓"))
                .run(
                        context ->
                                assertThat(context)
                                        .getFailure()
                                        .hasRootCauseMessage(
                                                "userAgentSuffix must be printable ASCII text")
                                        .extracting(
                                                failure -> failure.getCause().getCause(),
                                                InstanceOfAssertFactories.THROWABLE)
                                        .isInstanceOf(VhelpiConfigurationException.class)
                                        .hasMessageContaining("VhelpiClientBuilderCustomizer"));
    }

    @Test
    void environmentVariablesAreBound() {
        runner.withInitializer(
                        context ->
                                context.getEnvironment()
                                        .getPropertySources()
                                        .addFirst(
                                                new SystemEnvironmentPropertySource(
                                                        "test-systemEnvironment",
                                                        Map.of(
                                                                "VHELPI_BASE_URL",
                                                                BASE_URL,
                                                                "VHELPI_API_KEY",
                                                                API_KEY,
                                                                "VHELPI_MAX_ATTEMPTS",
                                                                "1",
                                                                "VHELPI_LOCALE",
                                                                "hu"))))
                .run(
                        context -> {
                            assertThat(context).hasSingleBean(VhelpiClient.class);
                            VhelpiProperties properties = context.getBean(VhelpiProperties.class);
                            assertThat(properties.getBaseUrl()).isEqualTo(BASE_URL);
                            assertThat(properties.getApiKey()).isEqualTo(API_KEY);
                            assertThat(properties.getMaxAttempts()).isEqualTo(1);
                            assertThat(properties.getLocale())
                                    .isEqualTo(Locale.forLanguageTag("hu"));
                        });
    }

    @Test
    void camelCasePropertyNamesAreBoundToo() {
        runner.withPropertyValues(
                        "vhelpi.baseUrl=" + BASE_URL,
                        "vhelpi.apiKey=" + API_KEY,
                        "vhelpi.userAgentSuffix=claim-desk/1.0")
                .run(
                        context -> {
                            assertThat(context).hasSingleBean(VhelpiClient.class);
                            VhelpiProperties properties = context.getBean(VhelpiProperties.class);
                            assertThat(properties.getBaseUrl()).isEqualTo(BASE_URL);
                            assertThat(properties.getUserAgentSuffix()).isEqualTo("claim-desk/1.0");
                        });
    }

    @Test
    void withoutTheSdkOnTheClassPathNothingIsCreated() {
        configured
                .withClassLoader(new FilteredClassLoader(VhelpiClient.class))
                .run(
                        context -> {
                            assertThat(context).hasNotFailed();
                            assertThat(context).doesNotHaveBean(VhelpiClient.class);
                            assertThat(context).doesNotHaveBean(VhelpiProperties.class);
                        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClientConfiguration {

        @Bean(destroyMethod = "close")
        VhelpiClient ownClient() {
            return VhelpiClient.builder()
                    .baseUrl("http://127.0.0.1:9090")
                    .apiKey("vh_own_key")
                    .build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomizerConfiguration {

        final List<String> calls = new ArrayList<>();

        @Bean
        @Order(2)
        VhelpiClientBuilderCustomizer secondCustomizer() {
            return builder -> calls.add("second");
        }

        @Bean
        @Order(1)
        VhelpiClientBuilderCustomizer firstCustomizer() {
            return builder -> {
                builder.userAgentSuffix("claim-desk/2.0");
                calls.add("first");
            };
        }
    }
}

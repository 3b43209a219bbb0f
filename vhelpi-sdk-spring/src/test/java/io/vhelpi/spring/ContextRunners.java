package io.vhelpi.spring;

import io.vhelpi.spring.health.VhelpiHealthAutoConfiguration;
import io.vhelpi.spring.metrics.VhelpiMetricsAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;

/** Context runners for the auto-configuration tests. */
final class ContextRunners {

    private ContextRunners() {}

    /**
     * A runner with the auto-configuration and without the machine's environment variables, so that
     * a {@code VHELPI_*} variable set on the machine cannot change a test's outcome.
     */
    static ApplicationContextRunner vhelpi() {
        return withoutEnvironmentVariables()
                .withConfiguration(AutoConfigurations.of(VhelpiAutoConfiguration.class));
    }

    /** A runner with every auto-configuration of the module: client, health and metrics. */
    static ApplicationContextRunner vhelpiWithHealthAndMetrics() {
        return withoutEnvironmentVariables()
                .withConfiguration(
                        AutoConfigurations.of(
                                VhelpiAutoConfiguration.class,
                                VhelpiHealthAutoConfiguration.class,
                                VhelpiMetricsAutoConfiguration.class));
    }

    private static ApplicationContextRunner withoutEnvironmentVariables() {
        return new ApplicationContextRunner()
                .withInitializer(
                        context ->
                                context.getEnvironment()
                                        .getPropertySources()
                                        .remove(
                                                StandardEnvironment
                                                        .SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME));
    }
}

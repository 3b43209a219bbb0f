package io.vhelpi.spring.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.spring.VhelpiAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Records the auto-configured client's calls as Micrometer meters when Micrometer is on the class
 * path and the application has a {@link MeterRegistry} (Spring Boot's Actuator creates one), unless
 * {@code vhelpi.metrics.enabled=false}. The {@link VhelpiClientMetrics} bean is added to the client
 * by {@link VhelpiAutoConfiguration}.
 */
@AutoConfiguration(
        before = VhelpiAutoConfiguration.class,
        afterName = {
            "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure"
                    + ".CompositeMeterRegistryAutoConfiguration"
        })
@ConditionalOnClass({MeterRegistry.class, VhelpiClient.class})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(
        prefix = "vhelpi",
        name = {"enabled", "metrics.enabled"},
        havingValue = "true",
        matchIfMissing = true)
public class VhelpiMetricsAutoConfiguration {

    /** Creates the auto-configuration; Spring calls it. */
    public VhelpiMetricsAutoConfiguration() {}

    /**
     * The listener that records the client's calls.
     *
     * @param registry the application's meter registry
     * @return the listener
     */
    @Bean
    @ConditionalOnMissingBean
    public VhelpiClientMetrics vhelpiClientMetrics(MeterRegistry registry) {
        return new VhelpiClientMetrics(registry);
    }
}

package io.vhelpi.spring.health;

import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.spring.VhelpiAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Adds the health component {@code vhelpi} when Spring Boot's health module is on the class path
 * (the Actuator starter brings it) and the application has a {@link VhelpiClient}, the
 * auto-configured one or its own. {@code management.health.vhelpi.enabled=false} switches it off.
 */
@AutoConfiguration(after = VhelpiAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, VhelpiClient.class})
@ConditionalOnBean(VhelpiClient.class)
@ConditionalOnEnabledHealthIndicator("vhelpi")
public class VhelpiHealthAutoConfiguration {

    /** Creates the auto-configuration; Spring calls it. */
    public VhelpiHealthAutoConfiguration() {}

    /**
     * The health indicator; its bean name makes the component's name {@code vhelpi}.
     *
     * @param client the application's client
     * @return the indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "vhelpiHealthIndicator")
    public VhelpiHealthIndicator vhelpiHealthIndicator(VhelpiClient client) {
        return new VhelpiHealthIndicator(client);
    }
}

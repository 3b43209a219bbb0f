package io.vhelpi.spring;

import io.vhelpi.sdk.VhelpiClient;
import io.vhelpi.sdk.monitoring.CallListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Creates one {@link VhelpiClient} from the {@code vhelpi.*} properties, unless the application
 * defines its own client or sets {@code vhelpi.enabled=false}. The client is closed, releasing its
 * connection pool, when the application context closes.
 */
@AutoConfiguration
@ConditionalOnClass(VhelpiClient.class)
@ConditionalOnProperty(
        prefix = "vhelpi",
        name = "enabled",
        havingValue = "true",
        matchIfMissing = true)
@EnableConfigurationProperties(VhelpiProperties.class)
public class VhelpiAutoConfiguration {

    /** Creates the auto-configuration; Spring calls it. */
    public VhelpiAutoConfiguration() {}

    /**
     * The client, built from the properties, with every {@link CallListener} bean (e.g. the
     * metrics) added, and then adjusted by every {@link VhelpiClientBuilderCustomizer} bean in
     * order.
     *
     * @param properties the bound {@code vhelpi.*} properties
     * @param callListeners the listeners that hear of every finished call
     * @param customizers the application's builder customizers
     * @return the client
     * @throws VhelpiConfigurationException when the base URL or the API key is missing, or a
     *     setting is invalid; the message names the property to fix
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public VhelpiClient vhelpiClient(
            VhelpiProperties properties,
            ObjectProvider<CallListener> callListeners,
            ObjectProvider<VhelpiClientBuilderCustomizer> customizers) {
        requireSet(properties.getBaseUrl(), "vhelpi.base-url", "VHELPI_BASE_URL");
        requireSet(properties.getApiKey(), "vhelpi.api-key", "VHELPI_API_KEY");

        VhelpiClient.Builder builder =
                VhelpiClient.builder()
                        .baseUrl(properties.getBaseUrl())
                        .apiKey(properties.getApiKey())
                        .connectTimeout(properties.getConnectTimeout())
                        .readTimeout(properties.getReadTimeout())
                        .maxAttempts(properties.getMaxAttempts())
                        .maxConnections(properties.getMaxConnections())
                        .locale(properties.getLocale())
                        .userAgentSuffix(properties.getUserAgentSuffix());
        callListeners.orderedStream().forEach(builder::callListener);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));

        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new VhelpiConfigurationException(
                    "The Vhelpi client cannot be built: "
                            + e.getMessage()
                            + ". Check the vhelpi.* properties and any"
                            + " VhelpiClientBuilderCustomizer bean.",
                    e);
        }
    }

    private static void requireSet(String value, String property, String environmentVariable) {
        if (value == null || value.isBlank()) {
            throw new VhelpiConfigurationException(
                    "The Vhelpi client needs the property "
                            + property
                            + ": set "
                            + property
                            + " in the application's configuration, or the environment variable "
                            + environmentVariable
                            + ", or set vhelpi.enabled=false to create no client.");
        }
    }
}

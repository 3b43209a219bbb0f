package io.vhelpi.spring;

import io.vhelpi.sdk.VhelpiClient;

/**
 * Adjusts the builder of the auto-configured {@link VhelpiClient} after the {@code vhelpi.*}
 * properties were applied and before the client is built. Every customizer bean is applied, in the
 * order of {@link org.springframework.core.Ordered} or {@code @Order}.
 */
@FunctionalInterface
public interface VhelpiClientBuilderCustomizer {

    /**
     * Changes the builder, e.g. sets a user agent suffix computed at start.
     *
     * @param builder the builder, already filled from the properties
     */
    void customize(VhelpiClient.Builder builder);
}

/**
 * Spring Boot auto-configuration of a {@link io.vhelpi.sdk.VhelpiClient} from the {@code vhelpi.*}
 * properties, with {@link io.vhelpi.spring.VhelpiClientBuilderCustomizer} beans for what the
 * properties do not cover. Depends on the SDK and Spring Boot only; nothing in the SDK depends on
 * it.
 */
package io.vhelpi.spring;

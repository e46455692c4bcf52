/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import io.github.omegadit.DitClient;

/**
 * Adjusts the auto-configured client's builder after the {@code omega.*} properties, for what properties cannot say
 * (a retry policy, a catalogue built in code, a listener that needs other beans). Every bean of this type is applied,
 * in {@link org.springframework.core.annotation.Order} order.
 *
 * <pre>{@code
 * @Bean
 * DitClientCustomizer noRetries() {
 *     return builder -> builder.retry(RetryPolicy.none());
 * }
 * }</pre>
 */
@FunctionalInterface
public interface DitClientCustomizer {

    /**
     * Adjusts the builder.
     *
     * @param builder prefilled from the properties; {@code build()} is called after every customizer
     */
    void customize(DitClient.Builder builder);
}

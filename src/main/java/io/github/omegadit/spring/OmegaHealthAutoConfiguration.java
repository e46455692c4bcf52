/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import io.github.omegadit.DitClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code omega} health indicator on Spring Boot 3 (actuator's {@code org.springframework.boot.actuate.health});
 * {@code management.health.omega.enabled=false} switches it off.
 */
@AutoConfiguration(after = OmegaAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
public class OmegaHealthAutoConfiguration {

    /** Instantiated by Spring. */
    public OmegaHealthAutoConfiguration() {}

    /** Apart, so that its conditions are read only where Boot 3's actuator is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEnabledHealthIndicator("omega")
    @ConditionalOnSingleCandidate(DitClient.class)
    static class Indicator {

        @Bean
        @ConditionalOnMissingBean(name = "omegaHealthIndicator")
        OmegaHealthIndicator omegaHealthIndicator(DitClient client, ObjectProvider<OmegaProperties> properties) {
            return new OmegaHealthIndicator(client, transportFailuresDown(properties));
        }
    }

    static int transportFailuresDown(ObjectProvider<OmegaProperties> properties) {
        OmegaProperties p = properties.getIfAvailable();
        return p == null || p.health() == null ? 3 : p.health().transportFailuresDown();
    }
}

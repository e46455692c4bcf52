/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import io.github.omegadit.DitClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code omega} health indicator on Spring Boot 4 ({@code org.springframework.boot.health.contributor});
 * {@code management.health.omega.enabled=false} switches it off.
 */
@AutoConfiguration(after = OmegaAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
public class OmegaBoot4HealthAutoConfiguration {

    /** Instantiated by Spring. */
    public OmegaBoot4HealthAutoConfiguration() {}

    /** Apart, so that its conditions are read only where Boot 4's health module is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnEnabledHealthIndicator("omega")
    @ConditionalOnSingleCandidate(DitClient.class)
    static class Indicator {

        @Bean
        @ConditionalOnMissingBean(name = "omegaHealthIndicator")
        OmegaBoot4HealthIndicator omegaHealthIndicator(DitClient client, ObjectProvider<OmegaProperties> properties) {
            return new OmegaBoot4HealthIndicator(client, OmegaHealthAutoConfiguration.transportFailuresDown(properties));
        }
    }
}

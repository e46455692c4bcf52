/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import io.github.omegadit.DitClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer for the client, when the application has Boot's observation and meter registries (the actuator):
 * a {@link MicrometerCallObserver} (which {@link OmegaAutoConfiguration} registers on the client) and the gauges of
 * {@link OmegaClientMetrics}. Nothing without Micrometer on the class path.
 */
@AutoConfiguration(after = OmegaAutoConfiguration.class, afterName = {
        "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({ObservationRegistry.class, MeterRegistry.class})
@ConditionalOnBean({ObservationRegistry.class, MeterRegistry.class})
public class OmegaObservationAutoConfiguration {

    /** Instantiated by Spring. */
    public OmegaObservationAutoConfiguration() {}

    /**
     * The observer of the auto-configured client's calls; inject it into a client of your own
     * ({@code builder.callObserver(observer)}).
     */
    @Bean
    @ConditionalOnMissingBean
    public MicrometerCallObserver omegaCallObserver(ObservationRegistry observations, MeterRegistry meters,
            ObjectProvider<OmegaCallObservationConvention> convention) {
        return new MicrometerCallObserver(observations, meters, convention.getIfUnique());
    }

    /** The gauges of the application's client. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(DitClient.class)
    public OmegaClientMetrics omegaClientMetrics(DitClient client) {
        return new OmegaClientMetrics(client);
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import io.github.omegadit.CallObserver;
import io.github.omegadit.DialogueListener;
import io.github.omegadit.DitClient;
import io.github.omegadit.OmegaEnvironment;
import io.github.omegadit.OmegaConfiguration.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * A {@link DitClient} bean from the {@code omega.*} properties ({@link OmegaProperties}), closed when the context
 * closes; none when the application defines its own. Every {@link DialogueListener}, {@link CallObserver} (the
 * Micrometer one among them) and {@link DitClientCustomizer} bean is applied to it. TLS comes from
 * {@code omega.pkcs12}/{@code omega.truststore} or from a Spring SSL bundle ({@code omega.ssl-bundle}), not both.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration"})
@EnableConfigurationProperties(OmegaProperties.class)
public class OmegaAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(OmegaAutoConfiguration.class);

    /** Instantiated by Spring. */
    public OmegaAutoConfiguration() {}

    /**
     * The client.
     *
     * @throws IllegalStateException when a setting is missing, malformed or conflicting (the message names the
     *                               property)
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public DitClient ditClient(OmegaProperties properties, Environment environment,
            ObjectProvider<SslBundles> sslBundles, ObjectProvider<DitClientCustomizer> customizers,
            ObjectProvider<DialogueListener> listeners, ObjectProvider<CallObserver> observers) {
        DitClient.Builder builder;
        OmegaEnvironment chosen;
        try {
            chosen = SpringSettings.resolve(properties, SpringSettings.activeEnvironment(properties, environment));
            String bundle = SpringSettings.sslBundle(properties, chosen);
            String store = chosen.get(Setting.PKCS12).isPresent() ? "omega.pkcs12"
                    : chosen.get(Setting.TRUSTSTORE).isPresent() ? "omega.truststore" : null;
            if (bundle != null && store != null) {
                throw new IllegalArgumentException("omega.ssl-bundle=" + bundle + " and " + store
                        + " are both set: choose one source of TLS material");
            }
            builder = chosen.builder();
            if (bundle != null) {
                builder.tls(SpringSettings.tls(bundle, sslBundles.getIfAvailable()));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("omega-dit: " + e.getMessage(), e);
        }
        listeners.orderedStream().forEach(builder::listener);
        observers.orderedStream().forEach(builder::callObserver);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        DitClient client;
        try {
            client = builder.build();
        } catch (IllegalStateException e) {
            String hint = String.valueOf(e.getMessage()).contains("is required") ? " (set the omega.* properties"
                    + " omega.endpoint, omega.dn-entreprise, omega.numero-cad, omega.login, or OMEGA_ENDPOINT..., or"
                    + " define a DitClient bean)" : "";
            throw new IllegalStateException("omega-dit: " + e.getMessage() + hint, e);
        }
        LOG.info("omega-dit: {}{}", client, chosen.name().map(n -> ", environment " + n).orElse(""));
        return client;
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring.test;

import io.github.omegadit.OmegaConfiguration.Setting;
import io.github.omegadit.OmegaConfiguration;
import io.github.omegadit.simulator.OmegaSimulator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Starts the simulator of a test class annotated {@link AutoConfigureOmegaSimulator} with its application context
 * (registered in {@code META-INF/spring.factories}, read only by Spring's test framework).
 */
final class OmegaSimulatorContextCustomizerFactory implements ContextCustomizerFactory {

    /** The simulator's bean. */
    static final String BEAN = "omegaSimulator";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        AutoConfigureOmegaSimulator annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
                AutoConfigureOmegaSimulator.class);
        return annotation == null ? null : new Customizer(annotation.today().strip());
    }

    /** One per distinct {@code today}: contexts that agree on it are cached and share their simulator. */
    static final class Customizer implements ContextCustomizer {
        private final String today;

        Customizer(String today) {
            this.today = today;
        }

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            OmegaSimulator.Builder b = OmegaSimulator.builder();
            if (!today.isEmpty()) {
                try {
                    b.today(LocalDate.parse(today));
                } catch (DateTimeParseException e) {
                    throw new IllegalStateException("@AutoConfigureOmegaSimulator(today = \"" + today
                            + "\"): expected an ISO date YYYY-MM-DD", e);
                }
            }
            OmegaSimulator simulator = b.build().start();
            ConfigurableListableBeanFactory beans = context.getBeanFactory();
            beans.registerSingleton(BEAN, simulator);
            if (beans instanceof DefaultSingletonBeanRegistry registry) {
                registry.registerDisposableBean(BEAN, simulator::close);
            } else {
                context.addApplicationListener(e -> {
                    if (e instanceof ContextClosedEvent) {
                        simulator.close();
                    }
                });
            }
            ConfigurableEnvironment env = context.getEnvironment();
            Map<String, Object> over = new LinkedHashMap<>();
            over.put(Setting.ENDPOINT.property(), simulator.url().toString());
            over.put(Setting.DN_ENTREPRISE.property(), OmegaSimulator.DEMO_DN_ENTREPRISE);
            over.put(Setting.NUMERO_CAD.property(), OmegaSimulator.DEMO_NUMERO_CAD);
            over.put(OmegaConfiguration.ENVIRONMENT_KEY, "");
            over.put(Setting.PKCS12.property(), "");
            over.put(Setting.TRUSTSTORE.property(), "");
            over.put("omega.ssl-bundle", "");
            env.getPropertySources().addFirst(new MapPropertySource("omegaSimulator", over));
            env.getPropertySources().addLast(new MapPropertySource("omegaSimulatorDefaults",
                    Map.of(Setting.LOGIN.property(), OmegaSimulator.DEMO_LOGIN)));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Customizer c && c.today.equals(today);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Customizer.class, today);
        }
    }
}

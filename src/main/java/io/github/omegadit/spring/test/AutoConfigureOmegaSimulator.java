/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points the application's auto-configured {@link io.github.omegadit.DitClient} at an embedded
 * {@link io.github.omegadit.simulator.OmegaSimulator} in a {@code @SpringBootTest}, with no code: one simulator per
 * application context (on a free port, closed with the context), {@linkplain
 * io.github.omegadit.simulator.OmegaSimulator#reset() reset} before each test method, and a bean of type
 * {@code OmegaSimulator} to inspect it ({@code demandes()}, {@code calls()}) or force answers.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureOmegaSimulator(today = "2026-11-30")
 * class BillingApplicationTest {
 *     @Autowired BillingService billing;      // uses the application's DitClient
 *     @Autowired OmegaSimulator omega;
 *
 *     @Test
 *     void createsTheDit() {
 *         billing.requestMeterChange("GI000001");
 *         assertThat(omega.demandes()).hasSize(1);
 *     }
 * }
 * }</pre>
 *
 * What it sets, over the application's properties: {@code omega.endpoint} (the simulator),
 * {@code omega.dn-entreprise} and {@code omega.numero-cad} (the simulator's demo supplier), no named environment
 * ({@code omega.environment} blank: the plain {@code omega.*} settings apply) and no TLS ({@code omega.pkcs12},
 * {@code omega.truststore}, {@code omega.ssl-bundle} blank: the simulator speaks http); {@code omega.login} only when
 * the application sets none. In a plain JUnit test, use {@link io.github.omegadit.simulator.OmegaSimulatorTest}
 * instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureOmegaSimulator {

    /**
     * Fixes the simulator's today (ISO {@code YYYY-MM-DD}, at 09:00 Europe/Paris) so appointment answers are
     * repeatable; empty (the default) for the system clock.
     *
     * @return the date, or empty
     */
    String today() default "";
}

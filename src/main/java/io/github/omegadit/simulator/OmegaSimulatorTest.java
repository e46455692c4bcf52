/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against an {@link OmegaSimulator}: one simulator on a free port for the class (and its
 * {@code @Nested} classes), {@linkplain OmegaSimulator#reset() reset} before each test, closed after the class.
 * Test constructors, lifecycle methods and test methods may declare parameters of type {@link OmegaSimulator},
 * {@link java.net.URI} (the endpoint) and {@link io.github.omegadit.DitClient} (a client of the demo supplier on that
 * endpoint, closed after the class).
 *
 * <pre>{@code
 * @OmegaSimulatorTest(today = "2026-11-30")
 * class MyDitIntegrationTest {
 *     @Test
 *     void createsTheDemande(OmegaSimulator sim, URI endpoint) {
 *         myCrm.createDit(endpoint, OmegaSimulator.PCE_6M);
 *         assertThat(sim.demandes()).hasSize(1);
 *     }
 *
 *     @Test
 *     void checksReceivability(DitClient client) {
 *         assertThat(client.newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ)))
 *                 .isInstanceOf(Recevable.class);
 *     }
 * }
 * }</pre>
 *
 * For other settings, register {@link OmegaSimulatorExtension#builder()} programmatically instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(OmegaSimulatorExtension.class)
public @interface OmegaSimulatorTest {

    /**
     * Fixes the simulator's today (ISO {@code YYYY-MM-DD}, at 09:00 Europe/Paris) so appointment answers are
     * repeatable; empty (the default) for the system clock.
     */
    String today() default "";
}

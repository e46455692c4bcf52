/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import io.github.omegadit.ValidationMode;
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
 * endpoint, closed after the class). The injected client retries as {@link #retryAttempts()} says, without pausing
 * between attempts unless {@link #retrySleeps()}: a test of a retried failure runs at full speed.
 *
 * <pre>{@code
 * @OmegaSimulatorTest(today = "2026-11-30", leadTime = 5, validationMode = ValidationMode.WARN_ONLY)
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

    /** Working days from today to the first bookable day ({@link OmegaSimulator.Builder#leadTime(int)}). */
    int leadTime() default OmegaSimulator.DEFAULT_LEAD_TIME;

    /** The same with OptionExpress "1" ({@link OmegaSimulator.Builder#expressLeadTime(int)}). */
    int expressLeadTime() default OmegaSimulator.DEFAULT_EXPRESS_LEAD_TIME;

    /** The injected client's validation mode: {@code WARN_ONLY} or {@code OFF} to meet OMEGA's own refusals. */
    ValidationMode validationMode() default ValidationMode.STRICT;

    /**
     * The injected client's attempts per call, the first included ({@link io.github.omegadit.RetryPolicy}: the
     * library's default backoffs; 1 for no retry).
     */
    int retryAttempts() default 3;

    /** Whether the injected client really pauses between attempts (default false: the pauses are skipped). */
    boolean retrySleeps() default false;
}

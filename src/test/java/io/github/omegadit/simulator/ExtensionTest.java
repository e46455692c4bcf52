package io.github.omegadit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.Operation;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The programmatic extension: settings, injection, reset before each test, one simulator shared with nested classes. */
class ExtensionTest {

    @RegisterExtension
    static final OmegaSimulatorExtension SIM = OmegaSimulatorExtension.builder()
            .today(LocalDate.of(2026, 11, 30))
            .configure(b -> b.leadTime(5))
            .build();

    final OmegaSimulator injectedInConstructor;

    ExtensionTest(OmegaSimulator sim) {
        this.injectedInConstructor = sim;
    }

    @Test
    void injects_theRunningSimulatorAndItsEndpoint(OmegaSimulator sim, URI endpoint) {
        assertThat(sim).isSameAs(SIM.simulator()).isSameAs(injectedInConstructor);
        assertThat(sim.isRunning()).isTrue();
        assertThat(endpoint).isEqualTo(sim.url()).isEqualTo(SIM.url());
    }

    @Test
    void appliesTheBuilderSettings(OmegaSimulator sim) {
        assertThat(sim.today()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(sim.earliestBookableDay(false)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    // Each of these two starts from a clean simulator, whichever runs first.
    @Test
    void resetsBeforeEachTest_first(OmegaSimulator sim, URI endpoint) {
        assertThat(sim.calls()).isEmpty();
        Soap.call(endpoint, Payload.verifier(OmegaSimulator.PCE_INCONNU, null));
        assertThat(sim.callCount(Operation.VERIFIER_RECEVABILITE_DIT)).isEqualTo(1);
        assertThat(sim.demandes()).hasSize(1);
    }

    @Test
    void resetsBeforeEachTest_second(OmegaSimulator sim, URI endpoint) {
        assertThat(sim.calls()).isEmpty();
        Soap.call(endpoint, Payload.verifier(OmegaSimulator.PCE_INCONNU, null));
        assertThat(sim.callCount(Operation.VERIFIER_RECEVABILITE_DIT)).isEqualTo(1);
        assertThat(sim.demandes()).hasSize(1);
    }

    @Nested
    class Nested_ {

        @Test
        void sharesTheEnclosingClassesSimulator(OmegaSimulator sim) {
            assertThat(sim).isSameAs(SIM.simulator()).isSameAs(injectedInConstructor);
            assertThat(sim.calls()).isEmpty();
        }
    }
}

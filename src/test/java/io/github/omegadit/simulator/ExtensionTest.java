/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.omegadit.DitClient;
import io.github.omegadit.ValidationMode;
import io.github.omegadit.protocol.Operation;
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
            .client(c -> c.validationMode(ValidationMode.WARN_ONLY))
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
    void injects_aDemoSupplierClientOnTheSimulator(DitClient client, OmegaSimulator sim) {
        assertThat(client).isSameAs(SIM.client());
        assertThat(client.endpoint()).isEqualTo(sim.url());
        assertThat(client.validationMode()).isEqualTo(ValidationMode.WARN_ONLY);
        assertThat(client.toString()).contains(OmegaSimulator.DEMO_NUMERO_CAD);
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
        void sharesTheEnclosingClassesSimulatorAndClient(OmegaSimulator sim, DitClient client) {
            assertThat(sim).isSameAs(SIM.simulator()).isSameAs(injectedInConstructor);
            assertThat(client).isSameAs(SIM.client());
            assertThat(sim.calls()).isEmpty();
        }
    }
}

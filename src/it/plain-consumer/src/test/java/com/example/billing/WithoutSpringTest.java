/*
 * SPDX-License-Identifier: Apache-2.0
 */
package com.example.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.omegadit.CallEvent;
import io.github.omegadit.DitClient;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.OmegaSimulatorExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spring and Micrometer are optional: nothing of them reaches a plain consumer, and the client needs neither. */
class WithoutSpringTest {

    @RegisterExtension
    static OmegaSimulatorExtension SIM = OmegaSimulatorExtension.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"org.springframework.context.ApplicationContext",
            "org.springframework.boot.autoconfigure.AutoConfiguration", "io.micrometer.observation.Observation",
            "io.micrometer.core.instrument.MeterRegistry"})
    void springAndMicrometer_areNotOnTheClassPath(String className) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
    }

    @Test
    void callObserversAndHealth_workWithoutThem() {
        List<CallEvent> events = new CopyOnWriteArrayList<>();
        try (DitClient client = DitClient.builder().endpoint(SIM.url())
                .dnEntreprise(OmegaSimulator.DEMO_DN_ENTREPRISE).numeroCad(OmegaSimulator.DEMO_NUMERO_CAD)
                .login(OmegaSimulator.DEMO_LOGIN).callObserver(op -> events::add).build()) {
            client.newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ));
            assertEquals("P/Message", events.get(0).outcome());
            assertEquals("P/Message", client.health().lastCall(Operation.VERIFIER_RECEVABILITE_DIT).orElseThrow()
                    .outcome());
            assertTrue(client.health().certificateDaysLeft().isEmpty());
        }
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.DitClient;
import io.github.omegadit.ValidationMode;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.VerifierRecevabilite;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The annotation's settings reach the simulator and the injected client, which retries without pausing. */
@OmegaSimulatorTest(today = "2026-11-30", leadTime = 5, expressLeadTime = 2, validationMode = ValidationMode.WARN_ONLY,
        retryAttempts = 4)
class AnnotationSettingsTest {

    @Test
    void leadTimes_areTheAnnotations(OmegaSimulator sim) {
        assertThat(sim.today()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(sim.earliestBookableDay(false)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(sim.earliestBookableDay(true)).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void injectedClient_hasTheAnnotationsValidationMode(DitClient client) {
        assertThat(client.validationMode()).isEqualTo(ValidationMode.WARN_ONLY);
    }

    @Test
    void injectedClient_retriesAsManyTimesAsTheAnnotationSays(DitClient client, OmegaSimulator sim) {
        sim.force(ForcedAnswer.closeConnection().onlyFor(Operation.VERIFIER_RECEVABILITE_DIT).times(3));

        assertThat(client.newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ)))
                .isInstanceOf(Recevable.class);
        assertThat(sim.callCount(Operation.VERIFIER_RECEVABILITE_DIT)).isEqualTo(4);
    }
}

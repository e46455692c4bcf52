/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.DitClient;
import io.github.omegadit.RetryPolicy;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.VerifierRecevabilite;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The injected client does not pause between retries, even with a policy of 30-second pauses and a sleeper of its
 * own, unless the test asks for the pauses.
 */
class ExtensionRetryTest {

    /** What every sleeper of these tests was asked to pause, in any test. */
    static final List<Duration> PAUSES = new CopyOnWriteArrayList<>();
    static final RetryPolicy SLOW = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofSeconds(30), PAUSES::add);

    @RegisterExtension
    static final OmegaSimulatorExtension SIM = OmegaSimulatorExtension.builder()
            .today(LocalDate.of(2026, 11, 30))
            .retry(SLOW)
            .build();

    @RegisterExtension
    static final OmegaSimulatorExtension SLEEPING = OmegaSimulatorExtension.builder()
            .today(LocalDate.of(2026, 11, 30))
            .retry(SLOW)
            .retrySleeps(true)
            .build();

    @Test
    void injectedClient_retriesWithoutPausing() {
        PAUSES.clear();
        SIM.simulator().force(ForcedAnswer.closeConnection().onlyFor(Operation.VERIFIER_RECEVABILITE_DIT).times(2));
        long start = System.nanoTime();

        assertThat(SIM.client().newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ)))
                .isInstanceOf(Recevable.class);

        assertThat(SIM.simulator().callCount(Operation.VERIFIER_RECEVABILITE_DIT)).isEqualTo(3);
        assertThat(PAUSES).as("the policy's sleeper is never called").isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void retrySleeps_letsThePolicysSleeperPause() {
        PAUSES.clear();
        DitClient client = SLEEPING.client();
        SLEEPING.simulator().force(ForcedAnswer.closeConnection().onlyFor(Operation.VERIFIER_RECEVABILITE_DIT)
                .times(2));

        assertThat(client.newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ)))
                .isInstanceOf(Recevable.class);

        assertThat(PAUSES).hasSize(2).allSatisfy(d -> assertThat(d).isLessThan(Duration.ofSeconds(30)));
    }
}

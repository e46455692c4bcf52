/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

import io.github.omegadit.answer.Reponse;
import io.github.omegadit.protocol.Transition;
import java.time.Duration;
import java.util.Objects;

/**
 * One step of a dialogue, as a {@link DialogueListener} sees it.
 *
 * @param transition       the row of {@link io.github.omegadit.protocol.Transitions} the dialogue followed
 * @param reponse          the answer (a {@link io.github.omegadit.answer.ResultatIncertain} when a creation got none)
 * @param numeroPce        the PCE of the dialogue, when known (not after {@link DitClient#resume(String)})
 * @param numeroDemande    the NumeroDemande after the call, or {@code null} before the demande exists
 * @param referenceDemande the supplier's ReferenceDemande of the creation, when this dialogue sent one
 * @param duration         how long the call took, retries and rate-limit waits included
 */
public record DialogueEvent(Transition transition, Reponse reponse, String numeroPce, String numeroDemande,
        String referenceDemande, Duration duration) {

    /** The transition, the answer and the duration are required. */
    public DialogueEvent {
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(reponse, "reponse");
        Objects.requireNonNull(duration, "duration");
    }
}

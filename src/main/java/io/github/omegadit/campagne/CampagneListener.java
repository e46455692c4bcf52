/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.campagne;

/**
 * Told of each demande a run has dealt with, for progress bars, result files and metrics. Called from the runner's
 * threads, after the journal recorded the result; keep it short and thread-safe. A listener that throws is logged and
 * ignored.
 */
@FunctionalInterface
public interface CampagneListener {

    /**
     * A demande left the runner's hands for this run: finished, {@link Statut#UNCERTAIN}, or kept for a later run
     * (the request provably never left, or an appointment call's answer was lost).
     *
     * @param resultat where the demande stands now
     * @param progress the campaign's progress just after it
     */
    void onResultat(Resultat resultat, Progress progress);
}

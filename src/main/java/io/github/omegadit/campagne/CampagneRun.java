/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.campagne;

import io.github.omegadit.internal.campagne.Execution;
import java.time.Duration;

/** A campaign running in the background ({@link Campagne#start()}): watch it, wait for it, or stop it. */
public final class CampagneRun {

    private final Execution execution;

    CampagneRun(Execution execution) {
        this.execution = execution;
    }

    /** Where the campaign stands, as this run sees it. */
    public Progress progress() {
        return execution.progress();
    }

    /** True once the run has ended. */
    public boolean isDone() {
        return execution.isDone();
    }

    /**
     * Claims no more demandes: those under way finish their dialogue (and are journalled), then the run ends. The
     * others stay in the journal for the next run.
     */
    public void stop() {
        execution.stop();
    }

    /**
     * Waits for the end of the run.
     *
     * @return the progress at the end
     * @throws JournalException      when the journal failed (the run stopped)
     * @throws IllegalStateException when interrupted (the run goes on in the background; {@link #stop()} it)
     */
    public Progress await() {
        try {
            while (!execution.await(Duration.ofMinutes(1))) {
                Thread.onSpinWait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the campaign", e);
        }
        return progress();
    }

    /**
     * Waits at most {@code timeout} for the end of the run.
     *
     * @return true when it ended
     * @throws JournalException      when the journal failed (the run stopped)
     * @throws IllegalStateException when interrupted
     */
    public boolean await(Duration timeout) {
        try {
            return execution.await(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the campaign", e);
        }
    }
}

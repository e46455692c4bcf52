/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.protocol;

import java.util.Objects;

/**
 * One row of {@link Transitions}: in state {@code from}, call {@code operation} came back with {@code outcome}, so
 * the dialogue is now in state {@code to}.
 *
 * @param from      the state before the call
 * @param operation the call
 * @param outcome   what came back
 * @param to        the state after it
 */
public record Transition(DialogueState from, Operation operation, Outcome outcome, DialogueState to) {

    /** Every part is required. */
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String toString() {
        return from + " --" + operation + "/" + outcome + "--> " + to;
    }
}

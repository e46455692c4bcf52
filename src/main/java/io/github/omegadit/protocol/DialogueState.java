/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.protocol;

import java.util.Set;

/**
 * States of a DIT dialogue (guide §2.1). The calls each allows, and where each answer leads, are the rows of
 * {@link Transitions}; anything else throws {@code OutOfSequenceException} before any network I/O.
 */
public enum DialogueState {
    /** Nothing sent yet: check receivability first. */
    NEW,
    /** Receivable: the demande may be created. */
    RECEIVABLE,
    /** Created, "en attente de RDV": book or stop. */
    AWAITING_APPOINTMENT,
    /** Refused at the receivability check (OMEGA records status 22 or 23). Terminal. */
    REFUSED,
    /** Ended with a "T" answer: programmed, at the requested date, or relance. Terminal. */
    DONE,
    /** Ended with an "A" answer. Terminal. */
    ABANDONED,
    /**
     * The creation may have reached OMEGA but no answer came, or OMEGA's answer could not be classified. Terminal:
     * reconcile through OMEGA's request follow-up.
     */
    OUTCOME_UNKNOWN;

    /** The calls allowed in this state (unmodifiable). */
    public Set<Operation> allowed() {
        return Transitions.allowed(this);
    }

    /** True when {@code operation} may be called in this state. */
    public boolean allows(Operation operation) {
        return Transitions.allowed(this).contains(operation);
    }

    /** True when no call is allowed any more. */
    public boolean isTerminal() {
        return Transitions.allowed(this).isEmpty();
    }
}

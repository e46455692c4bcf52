/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.protocol;

import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.error.OutOfSequenceException;
import java.util.EnumSet;
import java.util.Set;

/**
 * States of a DIT dialogue (guide §2.1) and the calls each allows. Anything else throws
 * {@link OutOfSequenceException} before any network I/O.
 *
 * <pre>
 * NEW ──verifier──▶ RECEIVABLE ──creer──▶ AWAITING_APPOINTMENT ──proposer/precSuiv──▶ AWAITING_APPOINTMENT
 *  │                    │                      │ accepter / abandonnerRdv ──▶ DONE
 *  └─DmdKo─▶ REFUSED    ├─T─▶ DONE             └ abandonnerDemande ──▶ ABANDONED
 *                       ├─A─▶ ABANDONED
 *                       └─no answer─▶ OUTCOME_UNKNOWN
 * </pre>
 */
public enum DialogueState {
    /** Nothing sent yet: check receivability first. */
    NEW(EnumSet.of(Operation.VERIFIER_RECEVABILITE_DIT)),
    /** Receivable: the demande may be created. */
    RECEIVABLE(EnumSet.of(Operation.CREER_DEMANDE_DIT)),
    /** Created, "en attente de RDV": book or stop. */
    AWAITING_APPOINTMENT(EnumSet.of(Operation.PROPOSER_DATE_PLAGE, Operation.DEMANDER_PREC_SUIV,
            Operation.ACCEPTER_RDV, Operation.ABANDONNER_RDV, Operation.ABANDONNER_DEMANDE)),
    /** Refused at the receivability check (OMEGA records status 22 or 23). Terminal. */
    REFUSED(EnumSet.noneOf(Operation.class)),
    /** Ended with a "T" answer: programmed, at the requested date, or relance. Terminal. */
    DONE(EnumSet.noneOf(Operation.class)),
    /** Ended with an "A" answer. Terminal. */
    ABANDONED(EnumSet.noneOf(Operation.class)),
    /**
     * The creation may have reached OMEGA but no answer came, or OMEGA's answer could not be classified. Terminal:
     * reconcile through OMEGA's request follow-up.
     */
    OUTCOME_UNKNOWN(EnumSet.noneOf(Operation.class));

    private final Set<Operation> allowed;

    DialogueState(Set<Operation> allowed) {
        this.allowed = allowed;
    }

    /** The calls allowed in this state. */
    public Set<Operation> allowed() {
        return EnumSet.copyOf(allowed.isEmpty() ? EnumSet.noneOf(Operation.class) : allowed);
    }

    /** True when {@code operation} may be called in this state. */
    public boolean allows(Operation operation) {
        return allowed.contains(operation);
    }

    /** True when no call is allowed any more. */
    public boolean isTerminal() {
        return allowed.isEmpty();
    }
}

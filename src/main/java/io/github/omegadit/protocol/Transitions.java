/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.protocol;

import static io.github.omegadit.protocol.DialogueState.ABANDONED;
import static io.github.omegadit.protocol.DialogueState.AWAITING_APPOINTMENT;
import static io.github.omegadit.protocol.DialogueState.DONE;
import static io.github.omegadit.protocol.DialogueState.NEW;
import static io.github.omegadit.protocol.DialogueState.OUTCOME_UNKNOWN;
import static io.github.omegadit.protocol.DialogueState.RECEIVABLE;
import static io.github.omegadit.protocol.DialogueState.REFUSED;
import static io.github.omegadit.protocol.Operation.ABANDONNER_DEMANDE;
import static io.github.omegadit.protocol.Operation.ABANDONNER_RDV;
import static io.github.omegadit.protocol.Operation.ACCEPTER_RDV;
import static io.github.omegadit.protocol.Operation.CREER_DEMANDE_DIT;
import static io.github.omegadit.protocol.Operation.DEMANDER_PREC_SUIV;
import static io.github.omegadit.protocol.Operation.PROPOSER_DATE_PLAGE;
import static io.github.omegadit.protocol.Operation.VERIFIER_RECEVABILITE_DIT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dialogue of the guide (§2.1) as one table: state × call × outcome → next state. A call is allowed in a state
 * when the table has a row for it; anything else is out of sequence and is refused before anything is sent.
 *
 * <p>A call that fails without an answer (a {@code DitServiceException}) is not a transition: the state stays as it
 * was, and the caller may try again or resume; the one exception is the creation, whose failure after the request
 * may have left is {@link Outcome#NO_ANSWER}.
 *
 * <pre>
 * NEW ──verifier P──▶ RECEIVABLE ──creer P──▶ AWAITING_APPOINTMENT ──proposer/precSuiv/accepter P──▶ (same)
 *  │ A, T: REFUSED        │ T: DONE, A: ABANDONED          │ T (accepter, abandonnerRdv): DONE
 *  │                      │ no answer, P without number:   │ A (abandonnerDemande...): ABANDONED
 *  │                      │   OUTCOME_UNKNOWN              │
 *  └ unclassified answer to any call: OUTCOME_UNKNOWN
 * </pre>
 */
public final class Transitions {

    private static final List<Transition> TABLE;
    private static final Map<DialogueState, Map<Operation, Map<Outcome, DialogueState>>> INDEX =
            new EnumMap<>(DialogueState.class);
    private static final Map<DialogueState, Set<Operation>> ALLOWED = new EnumMap<>(DialogueState.class);

    static {
        List<Transition> t = new ArrayList<>();
        // step 1: the receivability check. A "T" is not an answer of Annexe A to it: nothing can follow it either.
        add(t, NEW, VERIFIER_RECEVABILITE_DIT, Outcome.P, RECEIVABLE);
        add(t, NEW, VERIFIER_RECEVABILITE_DIT, Outcome.P_WITHOUT_NUMERO_DEMANDE, RECEIVABLE);
        add(t, NEW, VERIFIER_RECEVABILITE_DIT, Outcome.A, REFUSED);
        add(t, NEW, VERIFIER_RECEVABILITE_DIT, Outcome.T, REFUSED);
        add(t, NEW, VERIFIER_RECEVABILITE_DIT, Outcome.UNCLASSIFIED, OUTCOME_UNKNOWN);
        // step 2: the creation, never sent twice
        add(t, RECEIVABLE, CREER_DEMANDE_DIT, Outcome.P, AWAITING_APPOINTMENT);
        add(t, RECEIVABLE, CREER_DEMANDE_DIT, Outcome.P_WITHOUT_NUMERO_DEMANDE, OUTCOME_UNKNOWN);
        add(t, RECEIVABLE, CREER_DEMANDE_DIT, Outcome.T, DONE);
        add(t, RECEIVABLE, CREER_DEMANDE_DIT, Outcome.A, ABANDONED);
        add(t, RECEIVABLE, CREER_DEMANDE_DIT, Outcome.UNCLASSIFIED, OUTCOME_UNKNOWN);
        add(t, RECEIVABLE, CREER_DEMANDE_DIT, Outcome.NO_ANSWER, OUTCOME_UNKNOWN);
        // step 3: the appointment, and the two ways to stop
        for (Operation op : List.of(PROPOSER_DATE_PLAGE, DEMANDER_PREC_SUIV, ACCEPTER_RDV, ABANDONNER_RDV,
                ABANDONNER_DEMANDE)) {
            add(t, AWAITING_APPOINTMENT, op, Outcome.P, AWAITING_APPOINTMENT);
            add(t, AWAITING_APPOINTMENT, op, Outcome.T, DONE);
            add(t, AWAITING_APPOINTMENT, op, Outcome.A, ABANDONED);
            add(t, AWAITING_APPOINTMENT, op, Outcome.UNCLASSIFIED, OUTCOME_UNKNOWN);
        }
        TABLE = List.copyOf(t);
        for (DialogueState s : DialogueState.values()) {
            ALLOWED.put(s, Collections.unmodifiableSet(EnumSet.noneOf(Operation.class)));
        }
        for (Transition row : TABLE) {
            INDEX.computeIfAbsent(row.from(), s -> new EnumMap<>(Operation.class))
                    .computeIfAbsent(row.operation(), o -> new EnumMap<>(Outcome.class))
                    .put(row.outcome(), row.to());
        }
        INDEX.forEach((state, byOp) -> ALLOWED.put(state,
                Collections.unmodifiableSet(EnumSet.copyOf(byOp.keySet()))));
    }

    private Transitions() {}

    private static void add(List<Transition> table, DialogueState from, Operation op, Outcome outcome,
            DialogueState to) {
        table.add(new Transition(from, op, outcome, to));
    }

    /** Every row, in the order above (unmodifiable). */
    public static List<Transition> all() {
        return TABLE;
    }

    /** The calls allowed in a state (unmodifiable; empty for a terminal state). */
    public static Set<Operation> allowed(DialogueState state) {
        return ALLOWED.get(state);
    }

    /**
     * The row for a call that came back with {@code outcome}.
     *
     * @throws IllegalStateException when the table has no such row (the call was not allowed in {@code from})
     */
    public static Transition of(DialogueState from, Operation operation, Outcome outcome) {
        DialogueState to = INDEX.getOrDefault(from, Map.of()).getOrDefault(operation, Map.of()).get(outcome);
        if (to == null) {
            throw new IllegalStateException("no transition from " + from + " for " + operation + "/" + outcome);
        }
        return new Transition(from, operation, outcome, to);
    }
}

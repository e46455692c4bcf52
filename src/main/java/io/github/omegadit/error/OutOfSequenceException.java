/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.error;

import io.github.omegadit.protocol.DialogueState;
import io.github.omegadit.protocol.Operation;
import java.util.Set;

/** A call the dialogue does not allow in its current state (guide §2.1.5); nothing was sent. */
public final class OutOfSequenceException extends DitClientException {

    private static final long serialVersionUID = 1L;

    private final DialogueState state;

    /** An exception for {@code operation} refused in {@code state}, which allows {@code allowed}. */
    public OutOfSequenceException(Operation operation, String numeroDemande, DialogueState state, Set<Operation> allowed) {
        super(operation, numeroDemande, operation + " is not allowed in state " + state
                + (allowed.isEmpty() ? " (the dialogue is over)" : "; allowed now: " + allowed));
        this.state = state;
    }

    /** The state the dialogue was in. */
    public DialogueState state() {
        return state;
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.protocol.TypeRetourDialogue;
import java.util.List;

/**
 * "P" answer to {@code VerifierRecevabiliteDIT}: the DIT is receivable for this PCE.
 *
 * @param codeRetour       the CodeRetour as sent (usually {@code Message})
 * @param messages         the MessageRetour texts (usually "Demande recevable")
 * @param interventions    the (code, motif) pairs OMEGA allows for this PCE; the authority for rule R7
 * @param listeSousTypeDit ListeSousTypeDIT as sent, or {@code null}
 */
public record Recevable(String codeRetour, List<String> messages, List<InterventionPossible> interventions,
        String listeSousTypeDit) implements Reponse, RecevabiliteReponse {

    /** Copies the lists. */
    public Recevable {
        messages = List.copyOf(messages);
        interventions = List.copyOf(interventions);
    }

    /** Always {@code null}: no demande exists before CreerDemandeDIT. */
    @Override
    public String numeroDemande() {
        return null;
    }

    @Override
    public TypeRetourDialogue typeRetourDialogue() {
        return TypeRetourDialogue.P;
    }

    /** Calls {@code visitor.recevable(this)}. */
    @Override
    public <R> R accept(RecevabiliteReponse.Visitor<R> visitor) {
        return visitor.recevable(this);
    }
}

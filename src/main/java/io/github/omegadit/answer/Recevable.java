/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import java.util.List;
import java.util.Optional;

/**
 * "P" / {@code Message} to {@code VerifierRecevabiliteDIT}: the DIT is receivable for this PCE (row
 * {@link AnnexeA#RECEVABLE}).
 *
 * @param messages         the MessageRetour texts (usually "Demande recevable")
 * @param interventions    the (code, motif) pairs OMEGA allows for this PCE; the authority for rule R7
 * @param listeSousTypeDit ListeSousTypeDIT as sent, or {@code null}
 */
public record Recevable(List<String> messages, List<InterventionPossible> interventions,
        String listeSousTypeDit) implements RecevabiliteReponse {

    private static final Optional<AnnexeA> ROW = Optional.of(AnnexeA.RECEVABLE);

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
    public <R> R accept(RecevabiliteReponse.Visitor<R> visitor) {
        return visitor.recevable(this);
    }

    @Override
    public Optional<AnnexeA> annexeA() {
        return ROW;
    }
}

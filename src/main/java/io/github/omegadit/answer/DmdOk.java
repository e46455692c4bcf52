/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import java.util.List;
import java.util.Optional;

/**
 * "T" / {@code DmdOk}: a relance was accepted ("Votre demande a été prise en compte"). Ends the dialogue.
 *
 * @param numeroDemande OMEGA's demande number, or {@code null}
 * @param messages      the MessageRetour texts
 */
public record DmdOk(String numeroDemande, List<String> messages) implements CreationReponse {

    private static final Optional<AnnexeA> ROW = Optional.of(AnnexeA.DMD_OK);

    public DmdOk {
        messages = List.copyOf(messages);
    }

    @Override
    public <R> R accept(CreationReponse.Visitor<R> visitor) {
        return visitor.dmdOk(this);
    }

    @Override
    public Optional<AnnexeA> annexeA() {
        return ROW;
    }
}

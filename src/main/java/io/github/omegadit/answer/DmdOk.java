/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.protocol.TypeRetourDialogue;
import java.util.List;

/**
 * "T" / {@code DmdOk}: a relance was accepted ("Votre demande a été prise en compte"). Ends the dialogue.
 *
 * @param numeroDemande OMEGA's demande number, or {@code null}
 * @param messages      the MessageRetour texts
 */
public record DmdOk(String numeroDemande, List<String> messages) implements Reponse, CreationReponse {

    /** Copies the list. */
    public DmdOk {
        messages = List.copyOf(messages);
    }

    @Override
    public TypeRetourDialogue typeRetourDialogue() {
        return TypeRetourDialogue.T;
    }

    @Override
    public String codeRetour() {
        return "DmdOk";
    }

    /** Calls {@code visitor.dmdOk(this)}. */
    @Override
    public <R> R accept(CreationReponse.Visitor<R> visitor) {
        return visitor.dmdOk(this);
    }
}

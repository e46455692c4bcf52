/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.protocol.TypeRetourDialogue;
import java.util.List;

/**
 * "A" / {@code DmdKo}: OMEGA refused or abandoned the demande. Each message is parsed into a {@link Raison};
 * the raw texts stay in {@link #messages()}.
 *
 * @param numeroDemande OMEGA's demande number when it gave one, or {@code null}
 * @param raisons       the parsed reasons, in order
 * @param messages      the MessageRetour texts as sent
 */
public record DmdKo(String numeroDemande, List<Raison> raisons, List<String> messages)
        implements Reponse, RecevabiliteReponse, CreationReponse, RdvReponse, AbandonReponse {

    /** Copies the lists. */
    public DmdKo {
        raisons = List.copyOf(raisons);
        messages = List.copyOf(messages);
    }

    /** A DmdKo whose reasons are parsed from the messages. */
    public static DmdKo of(String numeroDemande, List<String> messages) {
        return new DmdKo(numeroDemande, Raison.parseAll(messages), messages);
    }

    /** True when one of the reasons is the fixed text {@code raison}. */
    public boolean has(Raison.RaisonFixe raison) {
        return raisons.stream().anyMatch(r -> r instanceof Raison.Fixe f && f.raison() == raison);
    }

    @Override
    public TypeRetourDialogue typeRetourDialogue() {
        return TypeRetourDialogue.A;
    }

    @Override
    public String codeRetour() {
        return "DmdKo";
    }

    /** Calls {@code visitor.dmdKo(this)}. */
    @Override
    public <R> R accept(RecevabiliteReponse.Visitor<R> visitor) {
        return visitor.dmdKo(this);
    }

    /** Calls {@code visitor.dmdKo(this)}. */
    @Override
    public <R> R accept(CreationReponse.Visitor<R> visitor) {
        return visitor.dmdKo(this);
    }

    /** Calls {@code visitor.dmdKo(this)}. */
    @Override
    public <R> R accept(RdvReponse.Visitor<R> visitor) {
        return visitor.dmdKo(this);
    }

    /** Calls {@code visitor.dmdKo(this)}. */
    @Override
    public <R> R accept(AbandonReponse.Visitor<R> visitor) {
        return visitor.dmdKo(this);
    }
}

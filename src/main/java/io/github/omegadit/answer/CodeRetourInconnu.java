/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.protocol.TypeRetourDialogue;
import java.util.List;
import java.util.Optional;

/**
 * An answer whose (TypeRetourDialogue, CodeRetour) pair is not a row of Annexe A for this step, kept as sent so that
 * nothing OMEGA said is lost. The dialogue follows the TypeRetourDialogue when it is P, A or T.
 *
 * @param typeRetourDialogueBrut TypeRetourDialogue as sent
 * @param codeRetour             CodeRetour as sent
 * @param messages               MessageRetour texts as sent
 * @param numeroDemande          NumeroDemande when present, or {@code null}
 */
public record CodeRetourInconnu(String typeRetourDialogueBrut, String codeRetour, List<String> messages,
        String numeroDemande) implements RecevabiliteReponse, CreationReponse, RdvReponse, AbandonReponse {

    public CodeRetourInconnu {
        messages = List.copyOf(messages);
    }

    /** Always empty: the pair is not a row of Annexe A for the call that received it. */
    @Override
    public Optional<AnnexeA> annexeA() {
        return Optional.empty();
    }

    @Override
    public TypeRetourDialogue typeRetourDialogue() {
        return TypeRetourDialogue.fromWire(typeRetourDialogueBrut);
    }

    @Override
    public <R> R accept(RecevabiliteReponse.Visitor<R> visitor) {
        return visitor.codeRetourInconnu(this);
    }

    @Override
    public <R> R accept(CreationReponse.Visitor<R> visitor) {
        return visitor.codeRetourInconnu(this);
    }

    @Override
    public <R> R accept(RdvReponse.Visitor<R> visitor) {
        return visitor.codeRetourInconnu(this);
    }

    @Override
    public <R> R accept(AbandonReponse.Visitor<R> visitor) {
        return visitor.codeRetourInconnu(this);
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import java.util.List;
import java.util.Optional;

/**
 * "A" / {@code DmdKo}: OMEGA refused or abandoned the demande. Each message is parsed into a {@link Raison};
 * the raw texts stay in {@link #messages()}.
 *
 * @param numeroDemande OMEGA's demande number when it gave one, or {@code null}
 * @param raisons       the parsed reasons, in order
 * @param messages      the MessageRetour texts as sent
 */
public record DmdKo(String numeroDemande, List<Raison> raisons, List<String> messages)
        implements RecevabiliteReponse, CreationReponse, RdvReponse, AbandonReponse {

    private static final Optional<AnnexeA> ROW = Optional.of(AnnexeA.DMD_KO);

    public DmdKo {
        raisons = List.copyOf(raisons);
        messages = List.copyOf(messages);
    }

    /** A DmdKo whose reasons are parsed from the messages. */
    public static DmdKo of(String numeroDemande, List<String> messages) {
        return new DmdKo(numeroDemande, Raison.parseAll(messages), messages);
    }

    /**
     * True when one of the messages is this text of Annexe A, e.g. {@code ko.has(Libelle.DEMANDE_ABANDONNEE)}.
     *
     * @throws IllegalArgumentException when {@code libelle} is not a text of row DmdKo
     */
    public boolean has(AnnexeA.Libelle libelle) {
        if (libelle.row() != AnnexeA.DMD_KO) {
            throw new IllegalArgumentException(libelle + " is a text of " + libelle.row() + ", not of DmdKo");
        }
        for (String m : messages) {
            if (AnnexeA.Libelle.of(AnnexeA.DMD_KO, m).orElse(null) == libelle) {
                return true;
            }
        }
        return false;
    }

    @Override
    public <R> R accept(RecevabiliteReponse.Visitor<R> visitor) {
        return visitor.dmdKo(this);
    }

    @Override
    public <R> R accept(CreationReponse.Visitor<R> visitor) {
        return visitor.dmdKo(this);
    }

    @Override
    public <R> R accept(RdvReponse.Visitor<R> visitor) {
        return visitor.dmdKo(this);
    }

    @Override
    public <R> R accept(AbandonReponse.Visitor<R> visitor) {
        return visitor.dmdKo(this);
    }

    @Override
    public Optional<AnnexeA> annexeA() {
        return ROW;
    }
}

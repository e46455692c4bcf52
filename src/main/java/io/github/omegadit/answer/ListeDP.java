/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.Dialogue;
import io.github.omegadit.protocol.TypeRetourDialogue;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Sens;
import java.util.List;

/**
 * "P" / {@code ListeDP}: the requested slot is not free; choose one of {@link #creneaux()} (at most 24, over the two
 * working days after the requested date) with {@link Dialogue#accepterRdv(DatePlage)}, or page with
 * {@link Dialogue#demanderPrecSuiv(Sens)}.
 *
 * @param numeroDemande      OMEGA's demande number
 * @param creneaux           the free slots offered (ListeDatePlage)
 * @param presenceClient     customer presence, or {@code null}
 * @param rdvSynchronisables appointments already taken at the same premises
 * @param messages           the MessageRetour texts
 */
public record ListeDP(String numeroDemande, List<DatePlage> creneaux, PresenceClient presenceClient,
        List<DatePlage> rdvSynchronisables, List<String> messages) implements Reponse, CreationReponse, RdvReponse {

    /** Copies the lists. */
    public ListeDP {
        creneaux = List.copyOf(creneaux);
        rdvSynchronisables = List.copyOf(rdvSynchronisables);
        messages = List.copyOf(messages);
    }

    @Override
    public TypeRetourDialogue typeRetourDialogue() {
        return TypeRetourDialogue.P;
    }

    @Override
    public String codeRetour() {
        return "ListeDP";
    }

    /** Calls {@code visitor.listeDP(this)}. */
    @Override
    public <R> R accept(CreationReponse.Visitor<R> visitor) {
        return visitor.listeDP(this);
    }

    /** Calls {@code visitor.listeDP(this)}. */
    @Override
    public <R> R accept(RdvReponse.Visitor<R> visitor) {
        return visitor.listeDP(this);
    }
}

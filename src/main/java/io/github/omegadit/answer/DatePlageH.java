/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.Dialogue;
import io.github.omegadit.protocol.TypeRetourDialogue;
import io.github.omegadit.request.DatePlage;
import java.util.List;

/**
 * "P" / {@code DatePlageH}: the requested date and slot are free; confirm with
 * {@link Dialogue#accepterRdv(DatePlage)} using {@code dateProgrammee().datePlage()}.
 *
 * @param numeroDemande      OMEGA's demande number
 * @param dateProgrammee     the slot to confirm, with its real hours
 * @param presenceClient     customer presence, or {@code null}
 * @param rdvSynchronisables appointments already taken at the same premises
 * @param messages           the MessageRetour texts
 */
public record DatePlageH(String numeroDemande, DateProgrammee dateProgrammee, PresenceClient presenceClient,
        List<DatePlage> rdvSynchronisables, List<String> messages) implements Reponse, CreationReponse, RdvReponse {

    /** Copies the lists. */
    public DatePlageH {
        rdvSynchronisables = List.copyOf(rdvSynchronisables);
        messages = List.copyOf(messages);
    }

    @Override
    public TypeRetourDialogue typeRetourDialogue() {
        return TypeRetourDialogue.P;
    }

    @Override
    public String codeRetour() {
        return "DatePlageH";
    }

    /** Calls {@code visitor.datePlageH(this)}. */
    @Override
    public <R> R accept(CreationReponse.Visitor<R> visitor) {
        return visitor.datePlageH(this);
    }

    /** Calls {@code visitor.datePlageH(this)}. */
    @Override
    public <R> R accept(RdvReponse.Visitor<R> visitor) {
        return visitor.datePlageH(this);
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.protocol.TypeRetourDialogue;
import io.github.omegadit.request.DatePlage;
import java.time.LocalDate;
import java.util.List;

/**
 * "P" / {@code Message}: registered at the requested date; go on after analysing {@link #codeMessageOmega()}. The
 * demande waits for an appointment: propose a slot, accept, or stop with AbandonnerRdv / AbandonnerDemande.
 *
 * @param numeroDemande      OMEGA's demande number
 * @param codeMessageOmega   the codeMessageOMEGA appended to the message, or {@code null}
 * @param dateDemandee       the requested date, or {@code null} when not repeated
 * @param presenceClient     customer presence, or {@code null}
 * @param rdvSynchronisables appointments already taken at the same premises
 * @param messages           the MessageRetour texts
 */
public record Message(String numeroDemande, String codeMessageOmega, LocalDate dateDemandee,
        PresenceClient presenceClient, List<DatePlage> rdvSynchronisables, List<String> messages)
        implements Reponse, CreationReponse {

    /** Copies the lists. */
    public Message {
        rdvSynchronisables = List.copyOf(rdvSynchronisables);
        messages = List.copyOf(messages);
    }

    @Override
    public TypeRetourDialogue typeRetourDialogue() {
        return TypeRetourDialogue.P;
    }

    @Override
    public String codeRetour() {
        return "Message";
    }

    /** Calls {@code visitor.message(this)}. */
    @Override
    public <R> R accept(CreationReponse.Visitor<R> visitor) {
        return visitor.message(this);
    }
}

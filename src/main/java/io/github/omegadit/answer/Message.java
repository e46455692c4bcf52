/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.request.DatePlage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
        implements CreationReponse {

    private static final Optional<AnnexeA> ROW = Optional.of(AnnexeA.MESSAGE);

    public Message {
        rdvSynchronisables = List.copyOf(rdvSynchronisables);
        messages = List.copyOf(messages);
    }

    /** A Message whose codeMessageOMEGA is read from the messages (the text of Annexe A followed by a code). */
    public static Message of(String numeroDemande, LocalDate dateDemandee, PresenceClient presenceClient,
            List<DatePlage> rdvSynchronisables, List<String> messages) {
        return new Message(numeroDemande, AnnexeA.codeMessageOmega(AnnexeA.MESSAGE, messages), dateDemandee,
                presenceClient, rdvSynchronisables, messages);
    }

    @Override
    public <R> R accept(CreationReponse.Visitor<R> visitor) {
        return visitor.message(this);
    }

    @Override
    public Optional<AnnexeA> annexeA() {
        return ROW;
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.request.DatePlage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "T" / {@code DmdOkDD}: registered at the requested date; a technician will call the customer to confirm. Ends the
 * dialogue. Also the normal answer to {@code AbandonnerRdv}.
 *
 * @param numeroDemande      OMEGA's demande number, or {@code null} when not repeated
 * @param dateDemandee       the requested date confirmed, or {@code null} when not repeated
 * @param codeMessageOmega   the codeMessageOMEGA appended to the message, or {@code null}
 * @param presenceClient     customer presence, or {@code null}
 * @param rdvSynchronisables appointments already taken at the same premises
 * @param messages           the MessageRetour texts
 */
public record DmdOkDD(String numeroDemande, LocalDate dateDemandee, String codeMessageOmega,
        PresenceClient presenceClient, List<DatePlage> rdvSynchronisables, List<String> messages)
        implements CreationReponse, RdvReponse, AbandonReponse {

    private static final Optional<AnnexeA> ROW = Optional.of(AnnexeA.DMD_OK_DD);

    public DmdOkDD {
        rdvSynchronisables = List.copyOf(rdvSynchronisables);
        messages = List.copyOf(messages);
    }

    /** A DmdOkDD whose codeMessageOMEGA is read from the messages (the text of Annexe A followed by a code). */
    public static DmdOkDD of(String numeroDemande, LocalDate dateDemandee, PresenceClient presenceClient,
            List<DatePlage> rdvSynchronisables, List<String> messages) {
        return new DmdOkDD(numeroDemande, dateDemandee, AnnexeA.codeMessageOmega(AnnexeA.DMD_OK_DD, messages),
                presenceClient, rdvSynchronisables, messages);
    }

    @Override
    public <R> R accept(CreationReponse.Visitor<R> visitor) {
        return visitor.dmdOkDD(this);
    }

    @Override
    public <R> R accept(RdvReponse.Visitor<R> visitor) {
        return visitor.dmdOkDD(this);
    }

    @Override
    public <R> R accept(AbandonReponse.Visitor<R> visitor) {
        return visitor.dmdOkDD(this);
    }

    @Override
    public Optional<AnnexeA> annexeA() {
        return ROW;
    }
}

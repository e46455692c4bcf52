/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.request.DatePlage;
import java.util.List;
import java.util.Optional;

/**
 * "T" / {@code DmdOkDP}: the appointment is programmed ("RDV programmé"). Ends the dialogue.
 *
 * @param numeroDemande      OMEGA's demande number
 * @param dateProgrammee     the programmed appointment, or {@code null} when OMEGA did not repeat it
 * @param presenceClient     customer presence, or {@code null}
 * @param rdvSynchronisables appointments already taken at the same premises (RetourSynchroInterventions, 0-3)
 * @param messages           the MessageRetour texts
 */
public record DmdOkDP(String numeroDemande, DateProgrammee dateProgrammee, PresenceClient presenceClient,
        List<DatePlage> rdvSynchronisables, List<String> messages) implements CreationReponse, RdvReponse {

    private static final Optional<AnnexeA> ROW = Optional.of(AnnexeA.DMD_OK_DP);

    public DmdOkDP {
        rdvSynchronisables = List.copyOf(rdvSynchronisables);
        messages = List.copyOf(messages);
    }

    @Override
    public <R> R accept(CreationReponse.Visitor<R> visitor) {
        return visitor.dmdOkDP(this);
    }

    @Override
    public <R> R accept(RdvReponse.Visitor<R> visitor) {
        return visitor.dmdOkDP(this);
    }

    @Override
    public Optional<AnnexeA> annexeA() {
        return ROW;
    }
}

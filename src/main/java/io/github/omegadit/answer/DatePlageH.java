/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.request.DatePlage;
import java.util.List;
import java.util.Optional;

/**
 * "P" / {@code DatePlageH}: the requested date and slot are free; confirm with
 * {@link io.github.omegadit.Dialogue#accepterRdv(DatePlage)} using {@code dateProgrammee().datePlage()}.
 *
 * @param numeroDemande      OMEGA's demande number
 * @param dateProgrammee     the slot to confirm, with its real hours
 * @param presenceClient     customer presence, or {@code null}
 * @param rdvSynchronisables appointments already taken at the same premises
 * @param messages           the MessageRetour texts
 */
public record DatePlageH(String numeroDemande, DateProgrammee dateProgrammee, PresenceClient presenceClient,
        List<DatePlage> rdvSynchronisables, List<String> messages) implements CreationReponse, RdvReponse {

    private static final Optional<AnnexeA> ROW = Optional.of(AnnexeA.DATE_PLAGE_H);

    public DatePlageH {
        rdvSynchronisables = List.copyOf(rdvSynchronisables);
        messages = List.copyOf(messages);
    }

    @Override
    public <R> R accept(CreationReponse.Visitor<R> visitor) {
        return visitor.datePlageH(this);
    }

    @Override
    public <R> R accept(RdvReponse.Visitor<R> visitor) {
        return visitor.datePlageH(this);
    }

    @Override
    public Optional<AnnexeA> annexeA() {
        return ROW;
    }
}

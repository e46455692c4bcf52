/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Sens;
import java.util.List;
import java.util.Optional;

/**
 * "P" / {@code ListeDP}: the requested slot is not free; choose one of {@link #creneaux()} (at most 24, over the two
 * working days after the requested date) with {@link io.github.omegadit.Dialogue#accepterRdv(DatePlage)}, or page with
 * {@link io.github.omegadit.Dialogue#demanderPrecSuiv(Sens)}.
 *
 * @param numeroDemande      OMEGA's demande number
 * @param creneaux           the free slots offered (ListeDatePlage)
 * @param presenceClient     customer presence, or {@code null}
 * @param rdvSynchronisables appointments already taken at the same premises
 * @param messages           the MessageRetour texts
 */
public record ListeDP(String numeroDemande, List<DatePlage> creneaux, PresenceClient presenceClient,
        List<DatePlage> rdvSynchronisables, List<String> messages) implements CreationReponse, RdvReponse {

    private static final Optional<AnnexeA> ROW = Optional.of(AnnexeA.LISTE_DP);

    public ListeDP {
        creneaux = List.copyOf(creneaux);
        rdvSynchronisables = List.copyOf(rdvSynchronisables);
        messages = List.copyOf(messages);
    }

    @Override
    public <R> R accept(CreationReponse.Visitor<R> visitor) {
        return visitor.listeDP(this);
    }

    @Override
    public <R> R accept(RdvReponse.Visitor<R> visitor) {
        return visitor.listeDP(this);
    }

    @Override
    public Optional<AnnexeA> annexeA() {
        return ROW;
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.campagne;

import io.github.omegadit.request.DatePlage;
import java.time.Instant;
import java.util.Objects;

/**
 * One demande of a campaign as the journal has it now.
 *
 * @param campagne         the campaign's name
 * @param referenceDemande the supplier's ReferenceDemande, unique within the campaign
 * @param numeroPce        the PCE
 * @param statut           where it stands
 * @param numeroDemande    OMEGA's NumeroDemande once known, else {@code null}
 * @param codeRetour       the CodeRetour of the last answer recorded (DmdOkDP, ListeDP, DmdKo...), or {@code null}
 * @param rdv              the appointment: the slot programmed (DmdOkDP), or the requested date OMEGA registered
 *                         (DmdOkDD) with the plage requested ({@code ""} when none); {@code null} otherwise
 * @param detail           why it stands there, for a person: OMEGA's messages, the failure, the rule broken; or
 *                         {@code null}
 * @param updatedAt        when the journal last changed it
 */
public record Resultat(String campagne, String referenceDemande, String numeroPce, Statut statut,
        String numeroDemande, String codeRetour, DatePlage rdv, String detail, Instant updatedAt) {

    /** Campaign, reference, PCE, status and time are required. */
    public Resultat {
        Objects.requireNonNull(campagne, "campagne");
        Objects.requireNonNull(referenceDemande, "referenceDemande");
        Objects.requireNonNull(numeroPce, "numeroPce");
        Objects.requireNonNull(statut, "statut");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import io.github.omegadit.request.DatePlage;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A snapshot of a demande the simulator recorded: one per successful CreerDemandeDIT, and one per refused
 * VerifierRecevabiliteDIT (statuses 22 and 23, as OMEGA records them; such a demande has no intervention, no date
 * and its number is never sent on the wire).
 *
 * @param numeroDemande    the number OMEGA gave, {@code DIT} + 9 digits, unique over the simulator's lifetime
 * @param numeroCad        NumeroCAD of the supplier that sent it
 * @param numeroPce        the PCE
 * @param referenceDemande the supplier's DonneesFournisseur.ReferenceDemande, or {@code null}
 * @param codeIntervention CodeLibelleIntervention, or {@code null} for a refused receivability check
 * @param codeMotif        CodeMotifIntervention, empty for codes without motif, {@code null} for a refusal
 * @param optionExpress    true when OptionExpress "1" was sent
 * @param statut           the current state
 * @param dateDemandee     the requested date (updated by ProposerDatePlage), or {@code null} for a refusal
 * @param plageDemandee    the requested plage (updated by ProposerDatePlage), or {@code null}
 * @param rdvProgramme     the booked slot once AccepterRdv succeeded, else {@code null}
 */
public record SimulatedDemande(String numeroDemande, String numeroCad, String numeroPce, String referenceDemande,
        String codeIntervention, String codeMotif, boolean optionExpress, StatutDemande statut,
        LocalDate dateDemandee, String plageDemandee, DatePlage rdvProgramme) {

    /** Number, supplier, PCE and status are required. */
    public SimulatedDemande {
        Objects.requireNonNull(numeroDemande, "numeroDemande");
        Objects.requireNonNull(numeroCad, "numeroCad");
        Objects.requireNonNull(numeroPce, "numeroPce");
        Objects.requireNonNull(statut, "statut");
    }
}

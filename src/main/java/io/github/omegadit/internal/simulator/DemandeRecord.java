/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Segment;
import io.github.omegadit.simulator.SimulatedDemande;
import io.github.omegadit.simulator.StatutDemande;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** A demande's mutable state inside the engine; guarded by the {@link DialogueEngine} lock. */
final class DemandeRecord {

    final String numeroDemande;
    final String numeroCad;
    final String numeroPce;
    final Segment segment;
    final String referenceDemande;
    final String codeIntervention;
    final String codeMotif;
    final boolean express;
    StatutDemande statut;
    LocalDate dateDemandee;
    String plageDemandee;
    DatePlage rdvProgramme;
    /** First day of the last slot list offered, the base of DemanderPrecSuiv; null when none was offered. */
    LocalDate windowStart;
    /** When the supplier last called about it (its creation included): the start of a pause. */
    Instant lastCall;

    DemandeRecord(String numeroDemande, String numeroCad, String numeroPce, Segment segment, String referenceDemande,
            String codeIntervention, String codeMotif, boolean express, StatutDemande statut, LocalDate dateDemandee,
            String plageDemandee, Instant createdAt) {
        this.numeroDemande = numeroDemande;
        this.numeroCad = numeroCad;
        this.numeroPce = numeroPce;
        this.segment = segment;
        this.referenceDemande = referenceDemande;
        this.codeIntervention = codeIntervention;
        this.codeMotif = codeMotif;
        this.express = express;
        this.statut = statut;
        this.dateDemandee = dateDemandee;
        this.plageDemandee = plageDemandee;
        this.lastCall = createdAt;
    }

    /** A receivability check OMEGA refused, recorded with its status (guide §2.1.1). */
    static DemandeRecord refused(String numeroDemande, String numeroCad, String numeroPce, Segment segment,
            StatutDemande statut, Instant at) {
        return new DemandeRecord(numeroDemande, numeroCad, numeroPce, segment, null, null, null, false, statut, null,
                null, at);
    }

    /** A demande created from {@code dm}, with the date and plage it asks for. */
    static DemandeRecord created(String numeroDemande, String numeroCad, Segment segment, CreerDemande dm,
            StatutDemande statut, Instant at) {
        return new DemandeRecord(numeroDemande, numeroCad, dm.numeroPce(), segment, dm.referenceDemande(),
                dm.codeIntervention(), dm.codeMotif() == null ? "" : dm.codeMotif(), dm.optionExpress(), statut,
                dm.rdvDate(), Controles.isBlank(dm.rdvPlage()) ? null : dm.rdvPlage(), at);
    }

    /** Guide §2.1.2: a date proposed during the dialogue becomes the requested date, whatever follows. */
    void propose(LocalDate date, String plage) {
        dateDemandee = date;
        plageDemandee = Controles.isBlank(plage) ? null : plage;
    }

    /**
     * Guide §2.1: a demande awaiting its appointment may change status by an internal event of OMEGA while the
     * supplier pauses; after {@code pause} without a call, it has.
     */
    void settle(Instant now, Duration pause) {
        if (statut == StatutDemande.EN_ATTENTE_DE_RDV && lastCall != null
                && now.compareTo(lastCall.plus(pause)) >= 0) {
            changeByInternalEvent();
        }
    }

    /** The internal event of guide §2.1: the demande no longer awaits its appointment. */
    void changeByInternalEvent() {
        statut = StatutDemande.MODIFIEE_PAR_EVENEMENT_INTERNE;
        windowStart = null;
    }

    SimulatedDemande snapshot() {
        return new SimulatedDemande(numeroDemande, numeroCad, numeroPce, referenceDemande, codeIntervention, codeMotif,
                express, statut, dateDemandee, plageDemandee, rdvProgramme);
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import java.util.Optional;

/** The state of a demande recorded by the simulator (guide §2.1). */
public enum StatutDemande {
    /** Status 22: VerifierRecevabiliteDIT refused an unknown PCE. */
    DEMANDE_IMPOSSIBLE_PCE_INCONNU("22", "Demande impossible – PCE inconnu"),
    /** Status 23: VerifierRecevabiliteDIT refused the demande (habilitation, login, département). */
    DEMANDE_NON_VALIDEE("23", "Demande non validée"),
    /** Created by CreerDemandeDIT for a 6M/1M PCE: the appointment calls may follow. */
    EN_ATTENTE_DE_RDV(null, "en attente de RDV"),
    /** AccepterRdv booked a slot (answer DmdOkDP). */
    RDV_PROGRAMME(null, "RDV programmé"),
    /**
     * Registered at the requested date (answer DmdOkDD): a JJ/JM/MM PCE at creation, or a 6M/1M demande after
     * AbandonnerRdv.
     */
    ENREGISTREE_A_DATE_DEMANDEE(null, "enregistrée à la date demandée"),
    /** AbandonnerDemande. */
    ABANDONNEE(null, "Demande abandonnée"),
    /**
     * After a relance (T / DmdOk to CreerDemandeDIT, only when forced: the simulator's own dialogue never answers
     * it): the guide's "En cours de traitement" after step 2 (§2.1, event 7).
     */
    EN_COURS_DE_TRAITEMENT(null, "En cours de traitement"),
    /**
     * A demande "en attente de RDV" whose status an internal event of OMEGA changed while the supplier paused (guide
     * §2.1): the next appointment call gets "Dialogue interrompu…". See
     * {@link OmegaSimulator.Builder#internalEventAfter} and {@link OmegaSimulator#evenementInterne(String)}.
     */
    MODIFIEE_PAR_EVENEMENT_INTERNE(null, "statut modifié par un évènement interne");

    private final String code;
    private final String libelle;

    StatutDemande(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    /** The status code the guide gives (22, 23), when it gives one. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** The guide's wording of the status. */
    public String libelle() {
        return libelle;
    }

    /** True for the states that allow no further appointment call. */
    public boolean isTerminal() {
        return this != EN_ATTENTE_DE_RDV;
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.campagne;

/**
 * Where one demande of a campaign stands, as the {@link Journal} records it. A demande moves only forward, except
 * that an operator's reconciliation moves {@link #UNCERTAIN} on ({@link Journal#marquerTrouvee},
 * {@link Journal#marquerNonTrouvee}).
 *
 * <pre>
 * PENDING ─intent─▶ CREATING ─answer─▶ AWAITING_APPOINTMENT ─intent─▶ APPOINTMENT_CALL ─answer─▶ DONE
 *    ▲                 │ no answer             │ policy               (or AWAITING_APPOINTMENT again)
 *    │ not found       ▼                       ▼
 *    └──────────── UNCERTAIN ─found─▶ AWAITING_APPOINTMENT    LEFT_AWAITING
 * </pre>
 * Any answer may also end the demande as REFUSED, CLOSED_AT_OMEGA or FAILED.
 */
public enum Statut {
    /** To do: never sent, or provably not received (connection refused, marked not found). May be sent. */
    PENDING(false),
    /** The intent of CreerDemandeDIT is durable, its answer not yet: the request may be on its way. */
    CREATING(false),
    /**
     * CreerDemandeDIT may have reached OMEGA and no answer was recorded (timeout, lost connection, process killed).
     * Never resent automatically: look the demande up in OMEGA's request follow-up by its ReferenceDemande, then
     * {@link Journal#marquerTrouvee} or {@link Journal#marquerNonTrouvee}.
     */
    UNCERTAIN(false),
    /** Created, "en attente de RDV": the appointment step resumes from the NumeroDemande. */
    AWAITING_APPOINTMENT(false),
    /**
     * The intent of an appointment or stop call (ProposerDatePlage, AccepterRdv, AbandonnerRdv) is durable, its answer
     * not yet. On resume the runner first asks OMEGA where the demande stands with DemanderPrecSuiv (read-only),
     * never by sending the call again.
     */
    APPOINTMENT_CALL(false),
    /** Ended with a T answer: appointment programmed (DmdOkDP), registered at the requested date (DmdOkDD), DmdOk. */
    DONE(true),
    /** Created and left awaiting an appointment, as the {@link AppointmentPolicy} chose. */
    LEFT_AWAITING(true),
    /** OMEGA refused: the receivability check or the creation answered A (DmdKo). */
    REFUSED(true),
    /**
     * OMEGA refused the appointment step (DmdKo, e.g. "Dialogue interrompu": the demande no longer awaits an
     * appointment, booked by a call whose answer was lost or by someone else, or the NumeroDemande given on
     * reconciliation is not known). The messages are in {@link Resultat#detail()}; check OMEGA's follow-up.
     */
    CLOSED_AT_OMEGA(true),
    /** Nothing was sent and sending again cannot help: the request breaks a rule (fix the input). */
    FAILED(true);

    private final boolean finished;

    Statut(boolean finished) {
        this.finished = finished;
    }

    /** True when the campaign has nothing more to do for the demande. {@link #UNCERTAIN} is not finished. */
    public boolean isFinished() {
        return finished;
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

/**
 * A (code, motif) pair OMEGA allows for a PCE, from the answer to {@code VerifierRecevabiliteDIT}.
 *
 * @param codeIntervention the Annexe B intervention code (CodeLibelleIntervention)
 * @param codeMotif        the motif code, empty for interventions without motif
 * @param presenceClient   the customer presence required, or {@code null} when OMEGA gave none
 */
public record InterventionPossible(String codeIntervention, String codeMotif, PresenceClient presenceClient) {}

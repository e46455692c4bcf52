/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.protocol;

/**
 * What a call came back with, as far as the dialogue's state is concerned: the answer's TypeRetourDialogue, or why
 * there is none. The column "answer" of {@link Transitions}.
 */
public enum Outcome {
    /** TypeRetourDialogue "P" (à poursuivre), with a NumeroDemande known once the demande exists. */
    P,
    /** "P" to CreerDemandeDIT without a NumeroDemande: the appointment step cannot be addressed. */
    P_WITHOUT_NUMERO_DEMANDE,
    /** TypeRetourDialogue "A" (abandonné). */
    A,
    /** TypeRetourDialogue "T" (terminé). */
    T,
    /** An answer came, but its TypeRetourDialogue is neither P, A nor T. */
    UNCLASSIFIED,
    /** CreerDemandeDIT may have reached OMEGA and no answer came (the guide's "?"). */
    NO_ANSWER;

    /**
     * The outcome of an answer.
     *
     * @param type                  its TypeRetourDialogue, {@code null} when OMEGA sent something else
     * @param numeroDemandeRequired true when a "P" is only usable with a NumeroDemande (the creation)
     * @param numeroDemandeKnown    true when the answer or the dialogue holds one
     */
    public static Outcome of(TypeRetourDialogue type, boolean numeroDemandeRequired, boolean numeroDemandeKnown) {
        if (type == null) {
            return UNCLASSIFIED;
        }
        return switch (type) {
            case P -> numeroDemandeRequired && !numeroDemandeKnown ? P_WITHOUT_NUMERO_DEMANDE : P;
            case A -> A;
            case T -> T;
        };
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

/** Answer to {@code ProposerDatePlage}, {@code DemanderPrecSuiv} and {@code AccepterRdv}. */
public sealed interface RdvReponse permits DmdOkDP, DmdOkDD, DatePlageH, ListeDP, DmdKo, CodeRetourInconnu {

    /**
     * Applies the visitor method for this answer's variant. On Java 17, where a pattern {@code switch} is not
     * available, implementing {@link Visitor} makes the compiler check that every variant is handled.
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per variant; an anonymous implementation that forgets one does not compile.
     *
     * @param <R> what the visit returns
     */
    interface Visitor<R> {
        /** Visits a {@link DmdOkDP}. */
        R dmdOkDP(DmdOkDP answer);

        /** Visits a {@link DmdOkDD}. */
        R dmdOkDD(DmdOkDD answer);

        /** Visits a {@link DatePlageH}. */
        R datePlageH(DatePlageH answer);

        /** Visits a {@link ListeDP}. */
        R listeDP(ListeDP answer);

        /** Visits a {@link DmdKo}. */
        R dmdKo(DmdKo answer);

        /** Visits a {@link CodeRetourInconnu}. */
        R codeRetourInconnu(CodeRetourInconnu answer);
    }
}

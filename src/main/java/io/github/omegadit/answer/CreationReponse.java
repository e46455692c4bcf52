/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

/**
 * Answer to {@code CreerDemandeDIT}. {@link DatePlageH}, {@link ListeDP} and {@link Message} open the appointment
 * step; {@link DmdOkDP}, {@link DmdOkDD} and {@link DmdOk} end the dialogue; {@link DmdKo} abandons it;
 * {@link ResultatIncertain} means the request may have reached OMEGA but no answer came.
 */
public sealed interface CreationReponse
        permits DmdOkDP, DmdOkDD, DmdOk, Message, DatePlageH, ListeDP, DmdKo, CodeRetourInconnu, ResultatIncertain {

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

        /** Visits a {@link DmdOk}. */
        R dmdOk(DmdOk answer);

        /** Visits a {@link Message}. */
        R message(Message answer);

        /** Visits a {@link DatePlageH}. */
        R datePlageH(DatePlageH answer);

        /** Visits a {@link ListeDP}. */
        R listeDP(ListeDP answer);

        /** Visits a {@link DmdKo}. */
        R dmdKo(DmdKo answer);

        /** Visits a {@link CodeRetourInconnu}. */
        R codeRetourInconnu(CodeRetourInconnu answer);

        /** Visits a {@link ResultatIncertain}. */
        R resultatIncertain(ResultatIncertain answer);
    }
}

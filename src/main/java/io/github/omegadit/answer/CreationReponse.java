/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

/**
 * Answer to {@code CreerDemandeDIT}. {@link DatePlageH}, {@link ListeDP} and {@link Message} open the appointment
 * step; {@link DmdOkDP}, {@link DmdOkDD} and {@link DmdOk} end the dialogue; {@link DmdKo} abandons it;
 * {@link ResultatIncertain} means the request may have reached OMEGA but no answer came.
 */
public sealed interface CreationReponse extends Reponse
        permits DmdOkDP, DmdOkDD, DmdOk, Message, DatePlageH, ListeDP, DmdKo, CodeRetourInconnu, ResultatIncertain {

    /** Calls the {@link Visitor} method of this answer's record. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per record this step can return; an implementation that forgets one does not compile, so on Java 17
     * (no pattern {@code switch}) the compiler still checks that every answer is handled.
     *
     * <p>Visitors are exhaustive on purpose, with no default method: when a later guide adds a row to Annexe A and a
     * release of this library adds its record, implementers get a compile error where they must decide what to do,
     * not a silent fallback; that release says so in its CHANGELOG. Until they upgrade, an answer with the new code
     * arrives as {@link CodeRetourInconnu}, which every visitor already handles.
     *
     * @param <R> what the visit returns
     */
    interface Visitor<R> {
        /** The appointment is programmed: the dialogue is over. */
        R dmdOkDP(DmdOkDP answer);

        /** Registered at the requested date: the dialogue is over. */
        R dmdOkDD(DmdOkDD answer);

        /** The relance was accepted: the dialogue is over. */
        R dmdOk(DmdOk answer);

        /** Registered at the requested date, to go on: read the codeMessageOMEGA. */
        R message(Message answer);

        /** The requested slot is free: confirm it. */
        R datePlageH(DatePlageH answer);

        /** The requested slot is not free: choose one listed, or page. */
        R listeDP(ListeDP answer);

        /** Refused or abandoned: see its reasons. */
        R dmdKo(DmdKo answer);

        /** An answer this version does not know, kept as sent. */
        R codeRetourInconnu(CodeRetourInconnu answer);

        /** No answer came to a creation that may have been received: reconcile, never resend. */
        R resultatIncertain(ResultatIncertain answer);
    }
}

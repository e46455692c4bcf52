/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

/**
 * Answer to {@code AbandonnerRdv} (normally {@link DmdOkDD}: kept at the requested date) and
 * {@code AbandonnerDemande} (normally {@link DmdKo} with reason "Demande abandonnée").
 */
public sealed interface AbandonReponse extends Reponse permits DmdOkDD, DmdKo, CodeRetourInconnu {

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
        /** Registered at the requested date: the dialogue is over. */
        R dmdOkDD(DmdOkDD answer);

        /** Refused or abandoned: see its reasons. */
        R dmdKo(DmdKo answer);

        /** An answer this version does not know, kept as sent. */
        R codeRetourInconnu(CodeRetourInconnu answer);
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

/** Answer to {@code VerifierRecevabiliteDIT}: receivable, refused, or a code this library does not know. */
public sealed interface RecevabiliteReponse extends Reponse permits Recevable, DmdKo, CodeRetourInconnu {

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
        /** The DIT is receivable: create it. */
        R recevable(Recevable answer);

        /** Refused or abandoned: see its reasons. */
        R dmdKo(DmdKo answer);

        /** An answer this version does not know, kept as sent. */
        R codeRetourInconnu(CodeRetourInconnu answer);
    }
}

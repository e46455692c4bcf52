/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

/** Answer to {@code VerifierRecevabiliteDIT}: receivable, refused, or a code this library does not know. */
public sealed interface RecevabiliteReponse permits Recevable, DmdKo, CodeRetourInconnu {

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
        /** Visits a {@link Recevable}. */
        R recevable(Recevable answer);

        /** Visits a {@link DmdKo}. */
        R dmdKo(DmdKo answer);

        /** Visits a {@link CodeRetourInconnu}. */
        R codeRetourInconnu(CodeRetourInconnu answer);
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * What OMEGA answers: a "no" is a result, not an exception.
 *
 * <p>{@link io.github.omegadit.answer.Reponse} is the common type; each step returns a narrower sealed type:
 * {@link io.github.omegadit.answer.RecevabiliteReponse}, {@link io.github.omegadit.answer.CreationReponse},
 * {@link io.github.omegadit.answer.RdvReponse} and {@link io.github.omegadit.answer.AbandonReponse}, each with a
 * {@code Visitor} the compiler checks for completeness. There is one record per row of the guide's Annexe A
 * ({@link io.github.omegadit.answer.Recevable}, {@link io.github.omegadit.answer.DmdOkDP},
 * {@link io.github.omegadit.answer.DmdOkDD}, {@link io.github.omegadit.answer.DmdOk},
 * {@link io.github.omegadit.answer.Message}, {@link io.github.omegadit.answer.DatePlageH},
 * {@link io.github.omegadit.answer.ListeDP}, {@link io.github.omegadit.answer.DmdKo} with its parsed
 * {@link io.github.omegadit.answer.Raison}s), plus {@link io.github.omegadit.answer.CodeRetourInconnu} for a code this
 * version does not know and {@link io.github.omegadit.answer.ResultatIncertain} when a creation may have reached
 * OMEGA without an answer.
 */
package io.github.omegadit.answer;

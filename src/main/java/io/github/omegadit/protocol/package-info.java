/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The guide's dialogue (§2.1) as data: the seven calls ({@link io.github.omegadit.protocol.Operation}), the states
 * of a dialogue ({@link io.github.omegadit.protocol.DialogueState}), what OMEGA says about going on
 * ({@link io.github.omegadit.protocol.TypeRetourDialogue}) and the protocol version
 * ({@link io.github.omegadit.protocol.NumeroVersion}).
 *
 * <p>This package depends on no other package of the library: requests, answers and errors all refer to it.
 */
package io.github.omegadit.protocol;

/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * What a supplier sends: {@link io.github.omegadit.request.VerifierRecevabilite} (step 1),
 * {@link io.github.omegadit.request.CreerDemande} (step 2, with {@link io.github.omegadit.request.ContactIntervention},
 * {@link io.github.omegadit.request.IndexConteste}, {@link io.github.omegadit.request.IndexClient} and Annexe C's
 * {@link io.github.omegadit.request.TypeIndex}), and the appointment step's
 * {@link io.github.omegadit.request.DatePlage} and {@link io.github.omegadit.request.Sens}.
 * {@link io.github.omegadit.request.Segment} names the PCE segments of Annexe B.
 *
 * <p>Requests are plain values that accept anything: the client checks them against the guide's rules before
 * sending (see {@link io.github.omegadit.rules}).
 */
package io.github.omegadit.request;

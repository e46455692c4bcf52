/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The client and the dialogue: start here.
 *
 * <p>{@link io.github.omegadit.DitClient} is built once per supplier identity and shared (thread-safe); each DIT is
 * one {@link io.github.omegadit.Dialogue}, opened with {@link io.github.omegadit.DitClient#newDialogue()} or resumed
 * from a NumeroDemande with {@link io.github.omegadit.DitClient#resume(String)}. The client's settings are
 * {@link io.github.omegadit.TlsConfig} (mutual TLS), {@link io.github.omegadit.RetryPolicy} and
 * {@link io.github.omegadit.ValidationMode}; {@link io.github.omegadit.OmegaConfiguration} reads them from a properties
 * file with named environments (homologation, production), shared with the command line.
 *
 * <p>The other public packages, by role:
 * <ul>
 * <li>{@link io.github.omegadit.protocol}: the guide's dialogue itself: its calls, states and transitions;</li>
 * <li>{@link io.github.omegadit.request}: what you send;</li>
 * <li>{@link io.github.omegadit.answer}: what OMEGA answers, one record per row of Annexe A;</li>
 * <li>{@link io.github.omegadit.error}: the exceptions: your mistakes (nothing sent) and transport failures;</li>
 * <li>{@link io.github.omegadit.rules}: the business rules checked before sending, and the Annexe B catalogue;</li>
 * <li>{@link io.github.omegadit.simulator}: an OMEGA simulator for tests and demos;</li>
 * <li>{@link io.github.omegadit.campagne}: campaigns of many DITs, with a journal that never creates one twice;</li>
 * <li>{@link io.github.omegadit.homologation}: the path to production: the doctor, homologation cases and their
 *     report.</li>
 * </ul>
 * Everything under {@code io.github.omegadit.internal} is not API and may change in any release.
 */
package io.github.omegadit;

/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The path to production: the distributor's homologation and the first days' connection problems.
 *
 * <ul>
 * <li>{@link io.github.omegadit.homologation.Doctor}: "why can't I connect?" — DNS, TCP, TLS (chain, hostname,
 *     client certificate accepted), certificate expiry, clock skew, WSDL drift, an opt-in receivability check; one
 *     {@link io.github.omegadit.homologation.DoctorCheck} each, in a
 *     {@link io.github.omegadit.homologation.DoctorReport}.</li>
 * <li>{@link io.github.omegadit.homologation.HomologationCases}: test cases as data (a JSON file: the inputs of each
 *     call, the expected TypeRetourDialogue, CodeRetour and reasons), the bundled catalogue derived from the guide
 *     or the supplier's own file;</li>
 * <li>{@link io.github.omegadit.homologation.HomologationRunner}: runs them against any endpoint (the embedded
 *     simulator by default) and gives a {@link io.github.omegadit.homologation.HomologationReport} (Markdown, JSON,
 *     HTML) to hand to the distributor: per case its timestamps, NumeroDemande, answers, verdict and the exchanged
 *     XML with personal data masked.</li>
 * </ul>
 * Named environments (homologation, production) live in the configuration file read by
 * {@link io.github.omegadit.OmegaConfiguration}.
 */
package io.github.omegadit.homologation;

/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * A stateful OMEGA CreerDIT simulator shipped with the library, for suppliers' integration tests and demos: real
 * SOAP 1.1 over HTTP on the loopback interface, the dialogue of the guide with Annexe A's texts, a seeded PCE
 * directory, a deterministic appointment calendar, inspection of what it received, and forced answers.
 *
 * <p>Start with {@link io.github.omegadit.simulator.OmegaSimulator}; in JUnit 5 tests, with
 * {@link io.github.omegadit.simulator.OmegaSimulatorTest @OmegaSimulatorTest} or
 * {@link io.github.omegadit.simulator.OmegaSimulatorExtension}. The JUnit Jupiter API is an optional dependency: only
 * the annotation and the extension need it.
 */
package io.github.omegadit.simulator;

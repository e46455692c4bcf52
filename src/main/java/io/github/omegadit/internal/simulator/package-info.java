/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The simulator's server side: the JDK HTTP server and SOAP codec, the dialogue engine working on the generated JAXB
 * types, the calendar. Not API: use {@link io.github.omegadit.simulator.OmegaSimulator}.
 */
package io.github.omegadit.internal.simulator;

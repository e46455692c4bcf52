/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code omega-dit} command line ({@link io.github.omegadit.cli.Main}): a demo against the embedded simulator,
 * the simulator standalone, each call of the CreerDIT dialogue against any endpoint, and the Annexe B catalogue.
 * Built as {@code target/omega-dit-cli.jar}; picocli is an optional dependency of the library, needed only here.
 */
package io.github.omegadit.cli;

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code campagne}: many DITs from a CSV file, with a durable journal; only dispatches to its subcommands. */
@Command(name = "campagne", mixinStandardHelpOptions = true,
        description = {"Campaigns: many DITs from a CSV file, run with bounded concurrency, with a journal that",
                "never creates a demande twice (run, status, reconcilier)."},
        subcommands = {CampagneRunCommand.class, CampagneStatusCommand.class, CampagneReconcilierCommand.class})
final class CampagneCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: campagne run FILE.csv | status | "
                + "reconcilier");
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.homologation.HomologationCase;
import io.github.omegadit.homologation.HomologationCases;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code homologation}: the distributor's homologation cases, {@code run} and {@code list}. */
@Command(name = "homologation", mixinStandardHelpOptions = true,
        description = {"Homologation cases: run them against the distributor's platform (or the embedded simulator) "
                + "and write the report to send back, or list them."},
        subcommands = {HomologationRunCommand.class, HomologationCommand.ListCommand.class})
final class HomologationCommand implements Runnable, OwnExitCodes {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: run or list");
    }

    @Override
    public Map<String, String> exitCodeHelp() {
        return codes();
    }

    static Map<String, String> codes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("0", "every case run passed (cases that need the simulator are skipped elsewhere)");
        m.put("1", "unexpected error");
        m.put("2", "invalid input or usage (bad option, setting or case file)");
        m.put("3", "at least one case failed (the report says how)");
        return m;
    }

    /** {@code homologation list}: checks a case file and prints its cases. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Checks a case file (default: the bundled catalogue) and prints its cases: id, "
                    + "distributor id, calls, title.", "Calls no web service."})
    static final class ListCommand implements Callable<Integer>, OwnExitCodes {

        @Option(names = "--cases", paramLabel = "FILE",
                description = "A case file (format omega-dit-cases/1) instead of the bundled catalogue.")
        Path cases;

        private final CliContext ctx;

        ListCommand(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Map<String, String> exitCodeHelp() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("0", "the file is valid");
            m.put("1", "unexpected error");
            m.put("2", "invalid input or usage (the message names the file, case and key)");
            return m;
        }

        @Override
        public Integer call() {
            HomologationCases file;
            try {
                file = cases == null ? HomologationCases.bundled() : HomologationCases.load(cases);
            } catch (IllegalArgumentException e) {
                ctx.err().println("omega-dit: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            ctx.out().println(file.title() + " (" + file.source() + "): " + file.cases().size() + " cases");
            for (HomologationCase c : file.cases()) {
                ctx.out().println(String.format("%-44s %-12s %d call(s)%s  %s", c.id(),
                        c.distributorId() == null ? "-" : c.distributorId(), c.calls().size(),
                        c.needsSimulator() ? " [simulator]" : "", c.title()));
            }
            ctx.out().flush();
            return ExitCodes.OK;
        }
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.DitClient;
import io.github.omegadit.OmegaEnvironment;
import io.github.omegadit.homologation.HomologationCases;
import io.github.omegadit.homologation.HomologationReport;
import io.github.omegadit.homologation.HomologationReport.CaseResult;
import io.github.omegadit.homologation.HomologationReport.Verdict;
import io.github.omegadit.homologation.HomologationRunner;
import io.github.omegadit.simulator.OmegaSimulator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code homologation run}: runs the cases against the endpoint of the resolved settings (e.g. {@code --env
 * homologation}), or against the simulator started in this process when no endpoint is set, and writes the report
 * (Markdown, JSON, HTML) into {@code --out}.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs homologation cases (default: the bundled catalogue) and writes the report to send to "
                + "the distributor: homologation-report.md, .json and .html, each case with its start and end, "
                + "NumeroDemande, answers, verdict and the XML exchanged (personal data masked).",
                "Target: the endpoint of the connection settings (--endpoint, --env NAME of the --config file...); "
                        + "without one, the embedded simulator, started in this process, as its demo supplier, "
                        + "where every bundled case passes. Cases that force a simulator answer are skipped on "
                        + "other endpoints."})
final class HomologationRunCommand implements Callable<Integer>, OwnExitCodes {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--cases", paramLabel = "FILE", order = 1,
            description = "Your case file (format omega-dit-cases/1: your platform's PCEs, the distributor's case "
                    + "ids) instead of the bundled catalogue.")
    Path cases;

    @Option(names = "--case", paramLabel = "ID", split = ",", order = 2,
            description = "Only these cases (comma-separated ids).")
    List<String> only;

    @Option(names = "--out", paramLabel = "DIR", order = 3, defaultValue = "homologation-report",
            description = "Directory of the report files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class, order = 4,
            description = "The embedded simulator's today (default: the system clock, Europe/Paris).")
    LocalDate today;

    private final CliContext ctx;

    HomologationRunCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Map<String, String> exitCodeHelp() {
        return HomologationCommand.codes();
    }

    @Override
    public Integer call() {
        HomologationCases file;
        Settings settings;
        OmegaEnvironment resolved;
        URI endpoint;
        try {
            file = cases == null ? HomologationCases.bundled() : HomologationCases.load(cases);
            if (only != null && !only.isEmpty()) {
                file = file.only(only);
            }
            settings = Settings.resolve(connection, ctx.env());
            resolved = settings.resolved();
            endpoint = resolved.endpoint();
            if (endpoint == null && settings.environment() != null) {
                throw new SettingsException("environment '" + settings.environment() + "' sets no endpoint ("
                        + Settings.Key.ENDPOINT.sources() + "); without --env the cases run on the embedded "
                        + "simulator");
            }
        } catch (SettingsException | IllegalArgumentException e) {
            ctx.err().println("omega-dit: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        HomologationRunner.Builder runner = HomologationRunner.builder().cases(file);
        HomologationReport report;
        try {
            if (endpoint == null) {
                OmegaSimulator.Builder sb = OmegaSimulator.builder().port(0).workerThreads(4);
                if (today != null) {
                    sb.today(today);
                }
                try (OmegaSimulator sim = sb.build().start()) {
                    report = runner.simulator(sim).client(identity(settings)).build().run();
                }
            } else {
                settings.checkRequired();
                report = runner.endpoint(endpoint).tls(resolved.tls()).client(settings.builder()).build().run();
            }
        } catch (SettingsException | IllegalArgumentException e) {
            ctx.err().println("omega-dit: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<Path> written;
        try {
            written = report.write(out);
        } catch (IOException e) {
            ctx.err().println("omega-dit: cannot write the report into " + out + ": " + e.getMessage());
            return ExitCodes.ERROR;
        }
        print(report, written);
        return report.allPassed() ? ExitCodes.OK : ExitCodes.REFUSED;
    }

    /** The settings (NumeroVersion, validation, timeouts...) as the simulator's demo supplier, the one it knows. */
    private static DitClient.Builder identity(Settings settings) {
        return settings.builder().dnEntreprise(OmegaSimulator.DEMO_DN_ENTREPRISE)
                .numeroCad(OmegaSimulator.DEMO_NUMERO_CAD).login(OmegaSimulator.DEMO_LOGIN);
    }

    private void print(HomologationReport report, List<Path> written) {
        ctx.out().println("omega-dit homologation: " + report.title());
        ctx.out().println("target: " + report.target());
        for (CaseResult c : report.results()) {
            ctx.out().println(String.format("%-7s %-44s %s", c.verdict(), c.id(), c.distributorId() == null ? ""
                    : c.distributorId()));
            if (c.verdict() == Verdict.FAILED) {
                List<String> diffs = new ArrayList<>();
                c.calls().forEach(call -> diffs.addAll(call.differences()));
                diffs.forEach(d -> ctx.out().println("        differs: " + d));
            }
        }
        ctx.out().println(report.count(Verdict.PASSED) + " passed, " + report.count(Verdict.FAILED) + " failed, "
                + report.count(Verdict.SKIPPED) + " skipped");
        written.forEach(p -> ctx.out().println("report: " + p));
        ctx.out().flush();
    }
}

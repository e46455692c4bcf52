/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.simulator.OmegaSimulator;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code simulator}: the OMEGA simulator, standalone, until the process is stopped (Ctrl-C, SIGTERM); a shutdown hook
 * closes it so the port is released and calls in progress end.
 */
@Command(name = "simulator", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the OMEGA CreerDIT simulator until stopped (Ctrl-C).",
                "Point the dialogue commands at it with --endpoint <URL> and the demo supplier printed.",
                "Its admin API (JSON: demandes, calls, reset, forced answers, PCEs, suppliers, clock) is under "
                        + "/__admin/ on the same port."})
final class SimulatorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", order = 1,
            description = "TCP port on 127.0.0.1; default 0, a free port (printed).")
    int port;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", order = 2, converter = Converters.DateConverter.class,
            description = "Fixes the simulator's today (default: the system clock, Europe/Paris).")
    LocalDate today;

    @Option(names = "--record", paramLabel = "DIR", order = 3,
            description = "Writes every SOAP exchange as XML files in DIR, personal data masked.")
    Path record;

    private final CliContext ctx;

    SimulatorCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0-65535, got " + port);
        }
        OmegaSimulator.Builder builder = OmegaSimulator.builder().port(port);
        if (today != null) {
            builder.today(today);
        }
        OmegaSimulator sim;
        try {
            sim = builder.build();
            if (record != null) {
                sim.recordTo(record);
            }
        } catch (UncheckedIOException e) {
            ctx.err().println("omega-dit: cannot record into " + record + ": " + e.getCause());
            return ExitCodes.ERROR;
        }
        try {
            sim.start();
        } catch (UncheckedIOException e) {
            ctx.err().println("omega-dit: cannot start the simulator on port " + port + ": " + e.getCause());
            return ExitCodes.ERROR;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        ctx.hooks().add(new Thread(() -> {
            sim.close();
            ctx.out().println("simulator stopped");
            ctx.out().flush();
            stopped.countDown();
        }, "omega-dit-simulator-shutdown"));
        ctx.out().print(sim.describe());
        ctx.out().println("Endpoint: " + sim.url());
        ctx.out().println("WSDL:     " + sim.wsdlUrl());
        ctx.out().println("Admin:    " + sim.adminUrl() + "  (e.g. curl " + sim.adminUrl() + "demandes)");
        if (record != null) {
            ctx.out().println("Recording exchanges in " + record.toAbsolutePath());
        }
        ctx.out().println("Try:      omega-dit verifier --endpoint " + sim.url() + " --dn-entreprise \""
                + OmegaSimulator.DEMO_DN_ENTREPRISE + "\" --numero-cad " + OmegaSimulator.DEMO_NUMERO_CAD
                + " --login " + OmegaSimulator.DEMO_LOGIN + " --pce " + OmegaSimulator.PCE_6M);
        ctx.out().println("Press Ctrl-C to stop.");
        ctx.out().flush();
        try {
            stopped.await();
        } finally {
            sim.close();
        }
        return ExitCodes.OK;
    }
}

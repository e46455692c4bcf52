/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.ServiceLoader;
import org.slf4j.spi.SLF4JServiceProvider;
import picocli.CommandLine.IFactory;
import picocli.CommandLine;

/**
 * The {@code omega-dit} command line ({@code java -jar omega-dit-cli.jar <command>}).
 *
 * <pre>
 * omega-dit demo                                    whole dialogues against the embedded simulator
 * omega-dit simulator [--port N] [--today DATE]     the simulator, standalone, until Ctrl-C
 * omega-dit verifier --pce P [--code-postal C]      VerifierRecevabiliteDIT
 * omega-dit creer --pce P --code C [--motif M] --date D [--plage P] ...
 *                                                   VerifierRecevabiliteDIT then CreerDemandeDIT
 * omega-dit rdv proposer|accepter --numero N --date D --plage P
 * omega-dit rdv suivant|precedent --numero N        DemanderPrecSuiv
 * omega-dit abandonner rdv|demande --numero N       AbandonnerRdv, AbandonnerDemande
 * omega-dit catalogue [--file F]                    the Annexe B catalogue as CSV
 * omega-dit doctor [--pce P] [--json]                connection checks: DNS, TCP, TLS, certificate, clock, WSDL
 * omega-dit homologation run [--cases F] [--env E]  homologation cases and the report to send back
 * omega-dit homologation list [--cases F]           checks a case file and lists its cases
 * </pre>
 *
 * <p>The dialogue commands take their connection settings from flags, else {@code OMEGA_*} environment variables,
 * else a properties file ({@code --config}); passwords only from the environment or the file, never printed. With
 * {@code --json} they print the answer as one JSON object.
 *
 * <p>Exit codes:
 * <table>
 * <caption>Exit codes</caption>
 * <tr><th>code</th><th>meaning</th></tr>
 * <tr><td>0</td><td>success: OMEGA answered T (terminé) or P (à poursuivre)</td></tr>
 * <tr><td>1</td><td>anything else (an unexpected error)</td></tr>
 * <tr><td>2</td><td>invalid input or usage, nothing sent: picocli usage errors, bad option values, missing or bad
 *     settings, {@link io.github.omegadit.error.InvalidRequestException}</td></tr>
 * <tr><td>3</td><td>refused or abandoned by OMEGA: an A answer ({@code DmdKo}, or an unknown CodeRetour with A); also
 *     {@code creer} when the receivability check did not answer P</td></tr>
 * <tr><td>4</td><td>transport failure, the request was not sent
 *     ({@link io.github.omegadit.error.DitServiceException} with {@code mayHaveBeenReceived() == false})</td></tr>
 * <tr><td>5</td><td>outcome unknown: {@link io.github.omegadit.answer.ResultatIncertain},
 *     {@link io.github.omegadit.error.DitServiceException} with {@code mayHaveBeenReceived() == true}, or an answer whose
 *     TypeRetourDialogue is not P, A or T</td></tr>
 * </table>
 */
public final class Main {

    private Main() {}

    /** Runs the command line and exits the process with its code. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        skipCxfContainerHacks();
        quietLogging(err);
        int code = run(args, out, err, System.getenv());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line in this process and returns its exit code; for tests and embedding.
     *
     * @param args the arguments, without the program name
     * @param out  results, and the JSON object with {@code --json}
     * @param err  diagnostics, usage and failures
     * @param env  the environment variables to read the {@code OMEGA_*} settings from
     * @return the exit code (see the class comment)
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, out, err, env, CliContext.ShutdownHooks.RUNTIME);
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env,
            CliContext.ShutdownHooks hooks) {
        return commandLine(new CliContext(out, err, env, hooks)).execute(args);
    }

    static CommandLine commandLine(CliContext ctx) {
        Factory factory = new Factory(ctx);
        CommandLine cl = new CommandLine(new OmegaDitCommand(), factory);
        cl.addSubcommand(new CommandLine(CampagneCommand.class, factory));
        cl.addSubcommand(new CommandLine(DoctorCommand.class, factory));
        cl.addSubcommand(new CommandLine(HomologationCommand.class, factory));
        cl.setOut(writer(ctx.out()));
        cl.setErr(writer(ctx.err()));
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("omega-dit: unexpected error: " + e);
            return ExitCodes.ERROR;
        });
        decorate(cl);
        return cl;
    }

    /** Exit codes, settings help and version on every command's help. */
    private static void decorate(CommandLine cl) {
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE).versionProvider(new OmegaDitCommand.Version());
        Object command = cl.getCommand();
        boolean local = command instanceof DemoCommand || command instanceof SimulatorCommand
                || command instanceof CatalogueCommand;
        if (!(command instanceof CommandLine.HelpCommand)) {
            cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(command instanceof OwnExitCodes own ? own.exitCodeHelp()
                            : local ? ExitCodes.localHelpList() : ExitCodes.helpList());
        }
        if (command instanceof OmegaDitCommand || command instanceof DialogueCommand) {
            cl.getCommandSpec().usageMessage().footerHeading("%nSettings of the dialogue commands:%n")
                    .footer(OmegaDitCommand.SETTINGS_HELP);
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            decorate(sub);
        }
    }

    /** A usage error: the message, a suggestion when picocli has one, and where the help is; not the whole help. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("omega-dit: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.USAGE;
    }

    /** Picocli writes through the given stream, so its text gets the stream's encoding. */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                stream.append(new String(buf, off, len));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }

    /**
     * In the command-line process only: CXF's workarounds for class-loader leaks in application servers (it loads JDBC
     * drivers, AWT, LDAP and security providers once per JVM, when it first logs) are of no use to a short-lived
     * process and cost a tenth of a first call's start-up. A library must not set this for its users; a program may.
     */
    private static void skipCxfContainerHacks() {
        if (System.getProperty("org.apache.cxf.JDKBugHacks.all") == null) {
            System.setProperty("org.apache.cxf.JDKBugHacks.all", "true");
        }
    }

    /**
     * In the command-line process only, when no other SLF4J binding is present: the library's warnings to the error
     * stream, instead of SLF4J's "no provider" notice (CXF logs through SLF4J too, and is silenced there).
     */
    private static void quietLogging(PrintStream err) {
        CliLoggingProvider.sink(err);
        if (System.getProperty("slf4j.provider") == null
                && !ServiceLoader.load(SLF4JServiceProvider.class).iterator().hasNext()) {
            System.setProperty("slf4j.provider", CliLoggingProvider.class.getName());
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN");
            }
        }
    }

    /** Gives the commands the process context through their {@code (CliContext)} constructor. */
    private static final class Factory implements IFactory {
        private final CliContext ctx;

        Factory(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            Constructor<K> withContext;
            try {
                withContext = cls.getDeclaredConstructor(CliContext.class);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
            return withContext.newInstance(ctx);
        }
    }
}

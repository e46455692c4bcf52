/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.DitClient;
import io.github.omegadit.campagne.AppointmentPolicy;
import io.github.omegadit.campagne.Campagne;
import io.github.omegadit.campagne.CampagneCsv;
import io.github.omegadit.campagne.CampagneRun;
import io.github.omegadit.campagne.Journal;
import io.github.omegadit.campagne.Progress;
import io.github.omegadit.request.CreerDemande;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campagne run FILE.csv}: loads the file's demandes into the journal (a demande already there is kept as it
 * stands) and runs every demande of the campaign that has work left, printing one result line per demande and the
 * progress.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a campaign: one DIT per row of FILE.csv (VerifierRecevabiliteDIT, CreerDemandeDIT, then "
                + "the appointment per --rdv), journalled so that a rerun never creates a demande twice.",
                "Columns (header row; ',' or ';' delimited; quotes as Excel writes them): reference, pce, code, date "
                        + "(required); code-postal, motif, express, plage, segment, contact-nom, contact-telephone, "
                        + "code-acces, complement-adresse, commentaire, telephone-fournisseur, groupe, precision, "
                        + "index-conteste, index-client.",
                "Run it again after a crash: finished demandes are skipped, uncertain ones are never resent (see "
                        + "'campagne reconcilier')."})
final class CampagneRunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The campaign file.")
    Path file;

    @Mixin
    CampagneJournalOptions journalOptions;

    @Option(names = "--charset", paramLabel = "CHARSET", order = 1, defaultValue = "UTF-8",
            description = "The file's encoding (default UTF-8; Excel's \"CSV (séparateur: point-virgule)\" is "
                    + "windows-1252).")
    Charset charset;

    @Option(names = "--on-error", paramLabel = "stop|skip", order = 2, defaultValue = "stop",
            description = "A malformed row (named by file, line and column): stop before anything runs (default), "
                    + "or skip it and run the others.")
    String onError;

    @Option(names = "--rdv", paramLabel = "POLICY", order = 3, defaultValue = "premier-creneau",
            description = "Appointment: premier-creneau (first slot offered, default), plage:MATIN[,PLAGE...] "
                    + "(a preferred plage), date-demandee (AbandonnerRdv: kept at the requested date), en-attente "
                    + "(leave awaiting).")
    String rdv;

    @Option(names = "--concurrency", paramLabel = "N", order = 4, defaultValue = "4",
            description = "Demandes run at once (default 4).")
    int concurrency;

    @Option(names = "--rate", paramLabel = "CALLS_PER_S", order = 5, defaultValue = "0",
            description = "Calls per second at most, all demandes together (default 0: no limit). Processes sharing "
                    + "a PostgreSQL journal each get their own: give each its share.")
    double rate;

    @Option(names = "--results", paramLabel = "FILE", order = 6,
            description = "Write the result lines to FILE (appended) instead of the standard output.")
    Path results;

    @Option(names = "--format", paramLabel = "csv|json", order = 7, defaultValue = "csv",
            description = "Result lines as CSV (with a header) or JSON lines (default csv).")
    String format;

    @Option(names = "--progress", paramLabel = "MODE", order = 8, defaultValue = "auto",
            description = "Progress on the error stream: auto (a bar on a terminal, else lines), bar, lines, none.")
    String progressMode;

    @Mixin
    ConnectionOptions connection;

    private final CliContext ctx;

    CampagneRunCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        CampagneOutput.Format fmt;
        AppointmentPolicy policy;
        try {
            fmt = CampagneOutput.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
            policy = policy(rdv);
            if (!onError.equals("stop") && !onError.equals("skip")) {
                throw new SettingsException("--on-error must be stop or skip, got " + onError);
            }
            if (!progressMode.matches("auto|bar|lines|none")) {
                throw new SettingsException("--progress must be auto, bar, lines or none, got " + progressMode);
            }
            if (concurrency < 1 || concurrency > 256 || rate < 0) {
                throw new SettingsException("--concurrency must be 1-256 and --rate 0 or more");
            }
        } catch (IllegalArgumentException | SettingsException e) {
            return usage(e.getMessage());
        }
        CampagneCsv.Lecture lecture;
        try {
            lecture = CampagneCsv.read(file, charset);
        } catch (CampagneCsv.FichierInvalideException e) {
            e.erreurs().forEach(err -> ctx.err().println("omega-dit: " + err));
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        lecture.erreurs().forEach(err -> ctx.err().println("omega-dit: " + err
                + (onError.equals("skip") ? " (row skipped)" : "")));
        if (!lecture.erreurs().isEmpty() && onError.equals("stop")) {
            ctx.err().println("omega-dit: " + lecture.erreurs().size() + " malformed row(s): nothing loaded, nothing "
                    + "sent (--on-error skip runs the other rows)");
            return ExitCodes.USAGE;
        }
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        DitClient client;
        try {
            DitClient plain = Settings.resolve(connection, ctx.env()).client();
            client = rate == 0 ? plain : rebuild(plain);
        } catch (SettingsException | IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        try (client; Journal journal = journalOptions.open(ctx.env(), file.resolveSibling(base + ".journal.db"))) {
            String nom = journalOptions.nom(journal, base);
            return run(client, journal, nom, lecture, policy, fmt);
        } catch (SettingsException e) {
            return usage(e.getMessage());
        } catch (IllegalStateException e) {
            // JournalException, or another process on the same embedded journal
            ctx.err().println("omega-dit: " + e.getMessage());
            return ExitCodes.ERROR;
        } catch (IOException e) {
            ctx.err().println("omega-dit: cannot write " + results + ": " + e);
            return ExitCodes.ERROR;
        }
    }

    private DitClient rebuild(DitClient plain) {
        try (plain) {
            return plain.toBuilder().maxCallsPerSecond(rate).build();
        }
    }

    private int run(DitClient client, Journal journal, String nom, CampagneCsv.Lecture lecture,
            AppointmentPolicy policy, CampagneOutput.Format fmt) throws IOException {
        List<CreerDemande> demandes = lecture.demandes().stream().map(CampagneCsv.Ligne::demande).toList();
        boolean bar = progressMode.equals("bar") || progressMode.equals("auto") && System.console() != null;
        OutputStream sink = results == null ? null : Files.newOutputStream(results, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        PrintStream out = sink == null ? ctx.out() : new PrintStream(sink, true, StandardCharsets.UTF_8);
        try (CampagneOutput.ProgressView view = progressMode.equals("none") ? null
                : new CampagneOutput.ProgressView(ctx.err(), bar, bar ? Duration.ofMillis(200) : Duration.ofSeconds(2))) {
            Campagne campagne = Campagne.builder().nom(nom).client(client).journal(journal).concurrency(concurrency)
                    .appointmentPolicy(policy).listener((r, p) -> {
                        synchronized (out) {
                            out.println(CampagneOutput.line(r, fmt));
                        }
                        if (view != null) {
                            view.update(p);
                        }
                    }).build();
            Campagne.Chargement loaded = campagne.load(demandes);
            if (!loaded.conflicting().isEmpty()) {
                Map<String, Long> lines = new HashMap<>();
                lecture.demandes().forEach(l -> lines.put(l.demande().referenceDemande(), l.line()));
                for (String ref : loaded.conflicting()) {
                    ctx.err().println("omega-dit: " + file + ":" + lines.get(ref) + ": ReferenceDemande '" + ref
                            + "' is already in campaign " + nom + " with other values; kept as the journal has it"
                            + (onError.equals("skip") ? " (row skipped)" : ""));
                }
                if (onError.equals("stop")) {
                    ctx.err().println("omega-dit: nothing sent (--on-error skip runs the other rows)");
                    return ExitCodes.USAGE;
                }
            }
            ctx.err().println("campagne " + nom + " (" + journal + "): " + loaded.inserted() + " new, "
                    + loaded.unchanged() + " already in the journal");
            if (fmt == CampagneOutput.Format.CSV) {
                out.println(CampagneOutput.csvHeader());
            }
            CampagneRun running = campagne.start();
            ctx.hooks().add(new Thread(() -> {
                running.stop();
                running.await(Duration.ofSeconds(30));
            }, "omega-dit-campagne-stop"));
            Progress end = running.await();
            if (view != null) {
                view.finish(end);
            }
            ctx.err().println("campagne " + nom + ": " + CampagneOutput.counts(end));
            return exitCode(end, lecture.erreurs().size() + (onError.equals("skip") ? loaded.conflicting().size() : 0));
        } finally {
            if (sink != null) {
                out.close();
            }
        }
    }

    /** 5 while uncertain demandes remain, else 4 while some are left to do, else 2 if rows were skipped, else 0. */
    private int exitCode(Progress end, int skipped) {
        if (end.uncertain() > 0) {
            ctx.err().println("omega-dit: " + end.uncertain() + " demande(s) UNCERTAIN: look them up in OMEGA's "
                    + "follow-up by ReferenceDemande, then 'omega-dit campagne reconcilier'");
            return ExitCodes.OUTCOME_UNKNOWN;
        }
        if (end.remaining() > 0) {
            ctx.err().println("omega-dit: " + end.remaining() + " demande(s) left to do (not sent, or an answer "
                    + "lost): run again");
            return ExitCodes.NOT_SENT;
        }
        return skipped > 0 ? ExitCodes.USAGE : ExitCodes.OK;
    }

    static AppointmentPolicy policy(String text) {
        if (text.equals("premier-creneau")) {
            return AppointmentPolicy.firstSlotOffered();
        }
        if (text.equals("date-demandee")) {
            return AppointmentPolicy.stopAtRequestedDate();
        }
        if (text.equals("en-attente")) {
            return AppointmentPolicy.leaveAwaiting();
        }
        if (text.startsWith("plage:") && text.length() > "plage:".length()) {
            return AppointmentPolicy.preferredPlage(text.substring("plage:".length()).split(","));
        }
        throw new SettingsException("--rdv must be premier-creneau, plage:PLAGE[,PLAGE...], date-demandee or "
                + "en-attente, got " + text);
    }

    private int usage(String message) {
        ctx.err().println("omega-dit: " + message);
        return ExitCodes.USAGE;
    }
}

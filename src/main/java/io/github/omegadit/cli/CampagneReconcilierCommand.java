/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.campagne.Journal;
import io.github.omegadit.campagne.JournalException;
import io.github.omegadit.campagne.Resultat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code campagne reconcilier}: an operator's verdicts on UNCERTAIN demandes, after looking each one up in OMEGA's
 * request follow-up by its ReferenceDemande. Found: the next run resumes it from its NumeroDemande. Not found: the
 * next run creates it.
 */
@Command(name = "reconcilier", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reconciles UNCERTAIN demandes (a creation that may have reached OMEGA without a recorded "
                + "answer): look each up in OMEGA's follow-up by ReferenceDemande, then mark it found (with its "
                + "NumeroDemande: the next run resumes it) or not found (the next run creates it).",
                "Without --trouvee/--non-trouvee, lists the demandes to reconcile."})
final class CampagneReconcilierCommand implements Callable<Integer> {

    @Mixin
    CampagneJournalOptions journalOptions;

    @Option(names = "--trouvee", paramLabel = "REF=NUMERO", order = 1,
            description = "Found at OMEGA as NumeroDemande NUMERO (repeatable).")
    List<String> trouvees = new ArrayList<>();

    @Option(names = "--non-trouvee", paramLabel = "REF", order = 2,
            description = "Not found at OMEGA: may be created again (repeatable).")
    List<String> nonTrouvees = new ArrayList<>();

    private final CliContext ctx;

    CampagneReconcilierCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Journal journal = journalOptions.open(ctx.env(), null)) {
            String nom = journalOptions.nom(journal, null);
            int code = ExitCodes.OK;
            for (String t : trouvees) {
                int eq = t.indexOf('=');
                if (eq <= 0 || eq == t.length() - 1) {
                    ctx.err().println("omega-dit: --trouvee takes REF=NUMERO, got '" + t + "'");
                    code = ExitCodes.USAGE;
                    continue;
                }
                code = Math.max(code, verdict(() -> journal.marquerTrouvee(nom, t.substring(0, eq),
                        t.substring(eq + 1))));
            }
            for (String ref : nonTrouvees) {
                code = Math.max(code, verdict(() -> journal.marquerNonTrouvee(nom, ref)));
            }
            int status = CampagneStatusCommand.print(ctx, journal, nom, null, false);
            return code != ExitCodes.OK ? code : status;
        } catch (SettingsException e) {
            ctx.err().println("omega-dit: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (JournalException e) {
            ctx.err().println("omega-dit: " + e.getMessage());
            return ExitCodes.ERROR;
        }
    }

    private int verdict(java.util.function.Supplier<Resultat> mark) {
        try {
            Resultat r = mark.get();
            ctx.out().println(r.referenceDemande() + ": " + r.statut() + " (" + r.detail() + ")");
            return ExitCodes.OK;
        } catch (IllegalArgumentException | IllegalStateException e) {
            if (e instanceof JournalException j) {
                throw j;
            }
            ctx.err().println("omega-dit: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}

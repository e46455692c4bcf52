/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.campagne.Journal;
import io.github.omegadit.campagne.JournalException;
import io.github.omegadit.campagne.Resultat;
import io.github.omegadit.campagne.Statut;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code campagne status}: the counts by status, and the demandes to reconcile; reads the journal only. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Where a campaign stands: demandes by status, and the UNCERTAIN ones to reconcile.",
                "Reads the journal only (safe while a run is going on)."})
final class CampagneStatusCommand implements Callable<Integer> {

    @Mixin
    CampagneJournalOptions journalOptions;

    @Option(names = "--statut", paramLabel = "STATUT", order = 1,
            description = "Also list the demandes in this status (PENDING, UNCERTAIN, DONE, ...) as result lines.")
    Statut statut;

    @Option(names = "--json", order = 2, description = "One JSON object on the standard output.")
    boolean json;

    private final CliContext ctx;

    CampagneStatusCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Journal journal = journalOptions.open(ctx.env(), null)) {
            String nom = journalOptions.nom(journal, null);
            return print(ctx, journal, nom, statut, json);
        } catch (SettingsException e) {
            ctx.err().println("omega-dit: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (JournalException e) {
            ctx.err().println("omega-dit: " + e.getMessage());
            return ExitCodes.ERROR;
        }
    }

    /** Prints the campaign's state; 5 while UNCERTAIN demandes remain, else 0. */
    static int print(CliContext ctx, Journal journal, String nom, Statut listed, boolean json) {
        Map<Statut, Integer> counts = journal.counts(nom);
        List<Resultat> uncertain = journal.demandes(nom, Statut.UNCERTAIN);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("campagne", nom);
            o.put("total", total);
            Map<String, Object> by = new LinkedHashMap<>();
            for (Statut s : Statut.values()) {
                by.put(s.name(), counts.getOrDefault(s, 0));
            }
            o.put("statuts", by);
            o.put("uncertain", uncertain.stream().map(r -> (Object) CampagneOutput.map(r)).toList());
            if (listed != null) {
                o.put("demandes", journal.demandes(nom, listed).stream()
                        .map(r -> (Object) CampagneOutput.map(r)).toList());
            }
            ctx.out().println(Json.write(o));
        } else {
            ctx.out().println("campagne " + nom + " (" + journal + "): " + total + " demande(s)");
            for (Statut s : Statut.values()) {
                if (counts.getOrDefault(s, 0) > 0) {
                    ctx.out().println(String.format(Locale.ROOT, "  %-21s %d", s, counts.get(s)));
                }
            }
            for (Resultat r : uncertain) {
                ctx.out().println("UNCERTAIN " + r.referenceDemande() + " (PCE " + r.numeroPce() + ", since "
                        + r.updatedAt() + "): " + r.detail());
            }
            if (listed != null) {
                ctx.out().println(CampagneOutput.csvHeader());
                journal.demandes(nom, listed).forEach(r -> ctx.out().println(CampagneOutput.line(r,
                        CampagneOutput.Format.CSV)));
            }
            if (!uncertain.isEmpty()) {
                ctx.err().println("omega-dit: " + uncertain.size() + " demande(s) UNCERTAIN: look each up in OMEGA's "
                        + "follow-up by ReferenceDemande, then 'omega-dit campagne reconcilier --trouvee REF=NUMERO' "
                        + "or '--non-trouvee REF'");
            }
        }
        return uncertain.isEmpty() ? ExitCodes.OK : ExitCodes.OUTCOME_UNKNOWN;
    }
}

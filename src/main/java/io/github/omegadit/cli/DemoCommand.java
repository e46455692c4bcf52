/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DmdOkDD;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.RdvReponse;
import io.github.omegadit.answer.RecevabiliteReponse;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.error.DitException;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Segment;
import io.github.omegadit.request.Sens;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.rules.Catalogue;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.SimulatedDemande;
import io.github.omegadit.simulator.SimulatedPce;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo}: starts the simulator in this process on a free port and runs two whole dialogues as the demo
 * supplier, printing each call and answer: a 6M PCE whose wished slot is fully booked (ListeDP, then the next slots,
 * then the first one accepted: RDV programmé), and a JJ PCE registered at the requested date (DmdOkDD). Needs no
 * configuration and no network beyond the loopback interface.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs two whole DIT dialogues against the simulator, started in this process.",
                "Prints each call and answer. Needs no configuration and no credentials."})
final class DemoCommand implements Callable<Integer> {

    /** The intervention of the appointment dialogue: meter change, motif "Pose d'un compteur communicant". */
    static final String CODE_6M = "34";
    static final String MOTIF_6M = "23";
    /** The intervention of the JJ dialogue: special reading with a visit (no motif). */
    static final String CODE_JJ = "206";
    /** The plage the simulator keeps fully booked on Tuesdays. */
    static final String PLAGE_COMPLETE = "MATIN";

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
            description = "Fixes the simulator's today (default: the system clock, Europe/Paris).")
    LocalDate today;

    private final CliContext ctx;
    private PrintStream out;
    private TextView text;

    DemoCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        out = ctx.out();
        text = new TextView(out, false, false);
        OmegaSimulator.Builder builder = OmegaSimulator.builder().port(0).workerThreads(4);
        if (today != null) {
            builder.today(today);
        }
        try (OmegaSimulator sim = builder.build().start();
                DitClient client = DitClient.builder().endpoint(sim.url())
                        .dnEntreprise(OmegaSimulator.DEMO_DN_ENTREPRISE).numeroCad(OmegaSimulator.DEMO_NUMERO_CAD)
                        .login(OmegaSimulator.DEMO_LOGIN).build()) {
            out.println("omega-dit demo: two DIT dialogues with the OMEGA simulator, started in this process");
            out.println("(no configuration, no credentials; it listens on the loopback interface only)");
            out.println();
            out.print(sim.describe());
            int code;
            try {
                code = appointmentDialogue(sim, client);
                if (code == ExitCodes.OK) {
                    code = requestedDateDialogue(sim, client);
                }
            } catch (DitException e) {
                TextView.printError(ctx.err(), e);
                return ExitCodes.of(e);
            }
            if (code == ExitCodes.OK) {
                out.println();
                out.println("Demo finished: " + sim.demandes().size() + " demandes created in the simulator.");
                out.println("Next: 'omega-dit simulator' runs it standalone for the dialogue commands "
                        + "(omega-dit --help).");
            }
            out.flush();
            return code;
        }
    }

    /** 6M: the wished Tuesday morning is full, so OMEGA offers a list; page forward, accept the first slot. */
    private int appointmentDialogue(OmegaSimulator sim, DitClient client) {
        SimulatedPce pce = pce(sim, OmegaSimulator.PCE_6M);
        LocalDate wished = firstWorkingTuesday(sim.earliestBookableDay(false));
        section("1/2", pce, "the appointment dialogue");

        Dialogue dit = client.newDialogue();
        Integer refused = verifier(dit, pce);
        if (refused != null) {
            return refused;
        }
        step(Operation.CREER_DEMANDE_DIT + " " + intervention(pce.segment(), CODE_6M, MOTIF_6M));
        out.println("  RDV wished " + dayName(wished) + " " + wished + " " + PLAGE_COMPLETE
                + " (first bookable day " + sim.earliestBookableDay(false) + "; Tuesday " + PLAGE_COMPLETE
                + " is fully booked in the simulator)");
        CreationReponse created = dit.creerDemande(demande(pce, CODE_6M, MOTIF_6M, "DEMO-6M")
                .rdv(wished, PLAGE_COMPLETE).build());
        text.print(created, dit);
        List<DatePlage> offered;
        if (created instanceof ListeDP) {
            step(Operation.DEMANDER_PREC_SUIV + " " + Sens.SUIVANT.wire() + ": the slots after those");
            RdvReponse next = dit.demanderPrecSuiv(Sens.SUIVANT);
            text.print(Operation.DEMANDER_PREC_SUIV, next, dit);
            if (!(next instanceof ListeDP l) || l.creneaux().isEmpty()) {
                return unexpected(next);
            }
            offered = l.creneaux();
        } else if (created instanceof DatePlageH h) {
            offered = List.of(h.dateProgrammee().datePlage());
        } else {
            return unexpected(created);
        }
        DatePlage chosen = offered.get(0);
        step(Operation.ACCEPTER_RDV + " " + TextView.slot(chosen) + " (the first slot offered)");
        RdvReponse accepted = dit.accepterRdv(chosen);
        text.print(Operation.ACCEPTER_RDV, accepted, dit);
        if (!(accepted instanceof DmdOkDP ok)) {
            return unexpected(accepted);
        }
        SimulatedDemande record = sim.demande(ok.numeroDemande()).orElseThrow();
        out.println("Simulator's record of " + record.numeroDemande() + ": " + record.statut().libelle() + ", "
                + TextView.slot(record.rdvProgramme()) + " " + hours(sim, record.rdvProgramme().plage())
                + ", ReferenceDemande " + record.referenceDemande());
        return ExitCodes.OK;
    }

    /** JJ: no appointment dialogue, the demande is registered at the requested date. */
    private int requestedDateDialogue(OmegaSimulator sim, DitClient client) {
        SimulatedPce pce = pce(sim, OmegaSimulator.PCE_JJ);
        LocalDate wished = sim.earliestBookableDay(false);
        section("2/2", pce, "registered at the requested date");

        Dialogue dit = client.newDialogue();
        Integer refused = verifier(dit, pce);
        if (refused != null) {
            return refused;
        }
        step(Operation.CREER_DEMANDE_DIT + " " + intervention(pce.segment(), CODE_JJ, null));
        out.println("  date wished " + dayName(wished) + " " + wished
                + " (no plage: JJ, JM and MM PCEs take no appointment)");
        CreationReponse created = dit.creerDemande(demande(pce, CODE_JJ, null, "DEMO-JJ").rdvDate(wished).build());
        text.print(created, dit);
        if (!(created instanceof DmdOkDD dd)) {
            return unexpected(created);
        }
        SimulatedDemande record = sim.demande(dd.numeroDemande()).orElseThrow();
        out.println("Simulator's record of " + record.numeroDemande() + ": " + record.statut().libelle() + ", "
                + record.dateDemandee() + ", ReferenceDemande " + record.referenceDemande());
        return ExitCodes.OK;
    }

    /** Sends the receivability check; {@code null} when receivable, else the exit code. */
    private Integer verifier(Dialogue dit, SimulatedPce pce) {
        step(Operation.VERIFIER_RECEVABILITE_DIT + " PCE " + pce.numeroPce() + ", CodePostal " + pce.codePostal());
        RecevabiliteReponse r = dit.verifierRecevabilite(VerifierRecevabilite.pce(pce.numeroPce())
                .codePostal(pce.codePostal()));
        text.print(r, dit);
        return r instanceof Recevable ? null : unexpected(r);
    }

    private static CreerDemande.Builder demande(SimulatedPce pce, String code, String motif, String reference) {
        return CreerDemande.builder().numeroPce(pce.numeroPce()).codePostal(pce.codePostal())
                .referenceDemande(reference).codeIntervention(code).codeMotif(motif)
                .contact(new ContactIntervention("Martin", "0612345678", null, null));
    }

    private void section(String number, SimulatedPce pce, String what) {
        out.println();
        out.println("== " + number + "  PCE " + pce.numeroPce() + " (" + pce.frequenceReleve() + ", "
                + pce.commune() + "): " + what + " ==");
    }

    private void step(String line) {
        out.println("> " + line);
    }

    private int unexpected(CreationReponse answer) {
        if (answer instanceof ResultatIncertain) {
            ctx.err().println("omega-dit demo: no answer from the simulator (outcome unknown)");
            return ExitCodes.OUTCOME_UNKNOWN;
        }
        return unexpected(answer);
    }

    private int unexpected(Reponse answer) {
        ctx.err().println("omega-dit demo: unexpected answer " + answer.codeRetour() + " from the simulator");
        int code = ExitCodes.of(answer);
        return code == ExitCodes.OK ? ExitCodes.ERROR : code;
    }

    private static SimulatedPce pce(OmegaSimulator sim, String numero) {
        return sim.pces().stream().filter(p -> p.numeroPce().equals(numero)).findFirst().orElseThrow();
    }

    private static String intervention(Segment segment, String code, String motif) {
        return Catalogue.standard().entries().stream()
                .filter(e -> e.segment() == segment && e.code().equals(code)
                        && e.motif().equals(motif == null ? "" : motif))
                .findFirst()
                .map(e -> code + (e.motif().isEmpty() ? "" : "/" + e.motif()) + " \"" + e.libelle() + "\""
                        + (e.libelleMotif().isEmpty() ? "" : ", motif \"" + e.libelleMotif() + "\""))
                .orElse(code + (motif == null ? "" : "/" + motif));
    }

    private static String hours(OmegaSimulator sim, String plage) {
        return sim.plages().stream().filter(p -> p.code().equals(plage)).findFirst()
                .map(p -> p.heureMin() + "-" + p.heureMax()).orElse("");
    }

    private static LocalDate firstWorkingTuesday(LocalDate from) {
        LocalDate d = from;
        while (d.getDayOfWeek() != DayOfWeek.TUESDAY || !OmegaSimulator.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static String dayName(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}

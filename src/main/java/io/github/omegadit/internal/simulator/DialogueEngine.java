/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.answer.AnnexeA.Libelle;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.answer.DmdOkDD;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.InterventionPossible;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.internal.wire.Identity;
import io.github.omegadit.internal.wire.Request;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Segment;
import io.github.omegadit.request.Sens;
import io.github.omegadit.rules.Catalogue;
import io.github.omegadit.simulator.ForcedAnswer;
import io.github.omegadit.simulator.PlageHoraire;
import io.github.omegadit.simulator.RecordedCall;
import io.github.omegadit.simulator.SimulatedDemande;
import io.github.omegadit.simulator.SimulatedPce;
import io.github.omegadit.simulator.StatutDemande;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * OMEGA's side of the CreerDIT dialogue (guide §2.1), on typed values: a {@link Request} in, an {@link Outcome} out,
 * the answer being one of the records of {@link io.github.omegadit.answer} (the wire layer writes it). The steps of the
 * dialogue are {@link DialogueSteps}; OMEGA's checks are in {@link Controles}, the slot search in {@link SlotSearch},
 * the demandes and the call log in {@link DemandeStore}, forced answers in {@link ForcedAnswers}. Thread-safe: every call runs under one lock, held for microseconds (no I/O, no parsing, no
 * sleeping under it).
 */
public final class DialogueEngine {

    /** codeErreur of "Numéro de PCE incorrect ou inconnu": the PCE is not in the directory. */
    public static final String CODE_PCE_INCONNU = Controles.CODE_PCE_INCONNU;
    /** codeErreur of "Dialogue interrompu…": no demande has this NumeroDemande (or it predates a reset). */
    public static final String CODE_DEMANDE_INCONNUE = "DEMANDE_INCONNUE";
    /** codeErreur of "Dialogue interrompu…": the demande belongs to another supplier. */
    public static final String CODE_DEMANDE_AUTRE_FOURNISSEUR = "DEMANDE_AUTRE_FOURNISSEUR";
    /** codeErreur of "Dialogue interrompu…": the demande is no longer "en attente de RDV". */
    public static final String CODE_DEMANDE_PAS_EN_ATTENTE_DE_RDV = "DEMANDE_PAS_EN_ATTENTE_DE_RDV";
    /** The most calls the log keeps; the oldest go first. Counts are not affected. */
    public static final int MAX_RECORDED_CALLS = DemandeStore.MAX_RECORDED_CALLS;
    /** ListeDatePlage holds at most this many slots (guide §3.3.2.2). */
    public static final int MAX_SLOTS = SlotSearch.MAX_SLOTS;

    /**
     * How the engine is set up.
     *
     * @param clock           gives "today"
     * @param catalogue       the Annexe B catalogue
     * @param plages          the plages, in list order
     * @param leadTime        working days between today and the first bookable day
     * @param expressLeadTime the same for OptionExpress "1"
     * @param prebooked       whether the seeded load applies
     */
    public record Settings(Clock clock, Catalogue catalogue, List<PlageHoraire> plages, int leadTime,
            int expressLeadTime, boolean prebooked) {

        /** All required; lead times not negative. */
        public Settings {
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(catalogue, "catalogue");
            plages = List.copyOf(plages);
            if (leadTime < 0 || expressLeadTime < 0) {
                throw new IllegalArgumentException("lead times must not be negative");
            }
        }
    }

    /** What the server sends back. */
    public sealed interface Outcome {
        /** A SOAP answer to the call. */
        record Answer(Operation operation, Reponse reponse) implements Outcome {}

        /** A plain HTTP answer. */
        record Http(int status, String body) implements Outcome {}

        /** No answer: the connection is closed. */
        record Close() implements Outcome {}
    }

    private final Object lock = new Object();
    private final Settings settings;
    private final Clock clock;
    private final Catalogue catalogue;
    private final AppointmentBook book;
    private final SlotSearch slots;
    private final Directory directory;
    private final DemandeStore store = new DemandeStore();
    private final DialogueSteps steps;
    private final ForcedAnswers forced = new ForcedAnswers();

    /**
     * An engine with these settings, suppliers (NumeroCAD to DNEntreprise) and PCEs.
     *
     * @throws IllegalArgumentException for duplicate plage codes or no plage
     */
    public DialogueEngine(Settings settings, Map<String, String> suppliers, List<SimulatedPce> pces) {
        this.settings = settings;
        this.clock = settings.clock();
        this.catalogue = settings.catalogue();
        this.book = new AppointmentBook(settings.plages(), settings.prebooked());
        this.slots = new SlotSearch(book);
        this.directory = new Directory(suppliers, pces);
        this.steps = new DialogueSteps(directory, new Controles(directory, catalogue, book), catalogue, book, slots,
                store);
    }

    // ------------------------------------------------------------------ test and inspection API

    /** Today on the engine's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The clock. */
    public Clock clock() {
        return clock;
    }

    /** The settings. */
    public Settings settings() {
        return settings;
    }

    /** The first day an appointment can be booked, standard or express. */
    public LocalDate earliestBookableDay(boolean express) {
        return WorkingDays.plus(today(), express ? settings.expressLeadTime() : settings.leadTime());
    }

    /** Adds or replaces a PCE. */
    public void addPce(SimulatedPce pce) {
        synchronized (lock) {
            directory.addPce(pce);
        }
    }

    /** The directory's PCEs, in insertion order. */
    public List<SimulatedPce> pces() {
        synchronized (lock) {
            return directory.pces();
        }
    }

    /** Adds or replaces a supplier. */
    public void addSupplier(String numeroCad, String dnEntreprise) {
        synchronized (lock) {
            directory.addSupplier(numeroCad, dnEntreprise);
        }
    }

    /** NumeroCAD to DNEntreprise of the known suppliers. */
    public Map<String, String> suppliers() {
        synchronized (lock) {
            return directory.suppliers();
        }
    }

    /** Demandes, calls, counts, forced answers and calendar back to the seed; the directory stays. */
    public void reset() {
        synchronized (lock) {
            store.clear();
            forced.clear();
            book.reset();
        }
    }

    /** Snapshots of every demande, oldest first. */
    public List<SimulatedDemande> demandes() {
        synchronized (lock) {
            return store.snapshots();
        }
    }

    /** A snapshot of one demande. */
    public Optional<SimulatedDemande> demande(String numeroDemande) {
        synchronized (lock) {
            return store.snapshot(numeroDemande);
        }
    }

    /** The recorded calls, oldest first. */
    public List<RecordedCall> calls() {
        synchronized (lock) {
            return store.calls();
        }
    }

    /** How many calls of this operation arrived since the last reset. */
    public int callCount(Operation operation) {
        synchronized (lock) {
            return store.count(operation);
        }
    }

    /** Forces the answer for a PCE, replacing any previous one. */
    public void force(String numeroPce, ForcedAnswer answer) {
        synchronized (lock) {
            forced.force(numeroPce, answer);
        }
    }

    /** Removes the forced answer of a PCE. */
    public void clearForced(String numeroPce) {
        synchronized (lock) {
            forced.clear(numeroPce);
        }
    }

    /** Removes every forced answer. */
    public void clearForced() {
        synchronized (lock) {
            forced.clear();
        }
    }

    /** The plages. */
    public List<PlageHoraire> plages() {
        return book.plages();
    }

    /** Marks a slot full. */
    public void occupy(LocalDate day, String plage) {
        synchronized (lock) {
            book.occupy(day, plage);
        }
    }

    /** Empties a slot, seeded load included. */
    public void free(LocalDate day, String plage) {
        synchronized (lock) {
            book.free(day, plage);
        }
    }

    /** Units still free in a slot (0 on days that are not working days). */
    public int remaining(LocalDate day, String plage) {
        synchronized (lock) {
            return book.remaining(day, plage);
        }
    }

    // ------------------------------------------------------------------ dialogue

    /** The forced answer this call gets, if any, counting one use of it. */
    public Optional<ForcedAnswer> takeForced(Request request) {
        synchronized (lock) {
            return forced.take(pceOf(request), request.operation());
        }
    }

    /** The outcome of a forced answer ({@link ForcedAnswer.Kind#DELAY} runs {@link #process} once the delay is over). */
    public Outcome forcedOutcome(Request request, String rawBody, ForcedAnswer answer) {
        synchronized (lock) {
            Operation op = request.operation();
            String pce = pceOf(request);
            String numero = request.numeroDemande();
            switch (answer.kind()) {
                case DMD_KO -> {
                    DmdKo ko = DmdKo.of(numero, answer.messages());
                    record(op, pce, numero, ko.codeRetour(), rawBody);
                    return new Outcome.Answer(op, ko);
                }
                case HTTP_STATUS -> {
                    record(op, pce, numero, "HTTP " + answer.httpStatus(), rawBody);
                    return new Outcome.Http(answer.httpStatus(), answer.httpBody());
                }
                case CLOSE_CONNECTION -> {
                    record(op, pce, numero, "closed", rawBody);
                    return new Outcome.Close();
                }
                case ANSWER_LOST -> {
                    process(request, rawBody);
                    return new Outcome.Close();
                }
                default -> {
                    return process(request, rawBody);
                }
            }
        }
    }

    /** Runs one call of the dialogue and records it. */
    public Outcome process(Request request, String rawBody) {
        synchronized (lock) {
            DialogueSteps.Result r = steps.run(request, today(), earliestBookableDay(false),
                    earliestBookableDay(true));
            record(request.operation(), r.numeroPce(), r.numeroDemande(), r.reponse().codeRetour(), rawBody);
            return new Outcome.Answer(request.operation(), r.reponse());
        }
    }

    // ------------------------------------------------------------------ helpers

    private void record(Operation op, String pce, String numeroDemande, String codeRetour, String rawBody) {
        store.record(op, pce, numeroDemande, codeRetour, rawBody, clock.instant());
    }

    /** The PCE a call is about: named by the first two steps, through the demande for the others. */
    private String pceOf(Request request) {
        if (request instanceof Request.Verifier v) {
            return v.verifier().numeroPce();
        }
        if (request instanceof Request.Creer c) {
            return c.demande().numeroPce();
        }
        DemandeRecord d = store.get(request.numeroDemande());
        return d == null ? null : d.numeroPce;
    }
}

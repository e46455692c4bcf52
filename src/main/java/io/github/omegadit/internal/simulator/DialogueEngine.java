/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.answer.Reponse;
import io.github.omegadit.internal.wire.Request;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.rules.Catalogue;
import io.github.omegadit.simulator.ForcedAnswer;
import io.github.omegadit.simulator.PlageHoraire;
import io.github.omegadit.simulator.RecordedCall;
import io.github.omegadit.simulator.SimulatedDemande;
import io.github.omegadit.simulator.SimulatedPce;
import io.github.omegadit.simulator.StatutDemande;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * OMEGA's side of the CreerDIT dialogue (guide §2.1), on typed values: a {@link Request} in, an {@link Outcome} out,
 * the answer being one of the records of {@link io.github.omegadit.answer} (the wire layer writes it). A call is
 * logged when it {@linkplain #arrive arrives} (before any forced delay), then {@linkplain #answer answered}. The steps
 * of the dialogue are {@link DialogueSteps}; OMEGA's checks are in {@link Controles}, the slot search in
 * {@link SlotSearch}, the demandes and the call log in {@link DemandeStore}, forced answers in {@link ForcedAnswers}
 * and what they do to the demandes in {@link ForcedEffects}. Thread-safe: every call runs under one lock, held for
 * microseconds (no I/O, no parsing, no sleeping under it).
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
    /** codeErreur of "Dialogue interrompu…": an internal event changed the demande's status during a pause. */
    public static final String CODE_DEMANDE_MODIFIEE_PAR_EVENEMENT_INTERNE = "DEMANDE_MODIFIEE_PAR_OMEGA";
    /** The most calls the log keeps; the oldest go first. Counts are not affected. */
    public static final int MAX_RECORDED_CALLS = DemandeStore.MAX_RECORDED_CALLS;
    /** ListeDatePlage holds at most this many slots (guide §3.3.2.2). */
    public static final int MAX_SLOTS = SlotSearch.MAX_SLOTS;

    /**
     * How the engine is set up.
     *
     * @param clock              gives "today"
     * @param catalogue          the Annexe B catalogue
     * @param plages             the plages, in list order
     * @param leadTime           working days between today and the first bookable day
     * @param expressLeadTime    the same for OptionExpress "1"
     * @param prebooked          whether the seeded load applies
     * @param internalEventAfter the pause after which a demande awaiting its appointment is changed by an internal
     *                           event
     */
    public record Settings(Clock clock, Catalogue catalogue, List<PlageHoraire> plages, int leadTime,
            int expressLeadTime, boolean prebooked, Duration internalEventAfter) {

        /** All required; lead times not negative, the pause positive. */
        public Settings {
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(catalogue, "catalogue");
            Objects.requireNonNull(internalEventAfter, "internalEventAfter");
            plages = List.copyOf(plages);
            if (leadTime < 0 || expressLeadTime < 0) {
                throw new IllegalArgumentException("lead times must not be negative");
            }
            if (internalEventAfter.isNegative() || internalEventAfter.isZero()) {
                throw new IllegalArgumentException("internalEventAfter must be positive");
            }
        }
    }

    /** What the server sends back. */
    public sealed interface Outcome {
        /** A SOAP answer to the call. */
        record Answer(Operation operation, Reponse reponse) implements Outcome {}

        /** A SOAP 1.1 Fault, HTTP 500. */
        record Fault(String faultCode, String faultString) implements Outcome {}

        /** A plain HTTP answer. */
        record Http(int status, String body) implements Outcome {}

        /** No answer: the connection is closed. */
        record Close() implements Outcome {}
    }

    /** A call that has arrived and been logged, with the forced answer it gets, if any. */
    public static final class Arrival {
        private final Request request;
        private final ForcedAnswer forced;
        private final DemandeStore.Call call;

        private Arrival(Request request, ForcedAnswer forced, DemandeStore.Call call) {
            this.request = request;
            this.forced = forced;
            this.call = call;
        }

        /** How long to wait before answering ({@link Duration#ZERO} for no wait). */
        public Duration delay() {
            return forced == null ? Duration.ZERO : forced.delay();
        }

        /** The call. */
        public Request request() {
            return request;
        }
    }

    private final Object lock = new Object();
    private final Settings settings;
    private final AdjustableClock clock;
    private final AppointmentBook book;
    private final Directory directory;
    private final DemandeStore store = new DemandeStore();
    private final DialogueSteps steps;
    private final ForcedAnswers forced = new ForcedAnswers();
    private final ForcedEffects effects;

    /**
     * An engine with these settings, suppliers (NumeroCAD to DNEntreprise) and PCEs.
     *
     * @throws IllegalArgumentException for duplicate plage codes or no plage
     */
    public DialogueEngine(Settings settings, Map<String, String> suppliers, List<SimulatedPce> pces) {
        this.settings = settings;
        this.clock = new AdjustableClock(settings.clock());
        Catalogue catalogue = settings.catalogue();
        this.book = new AppointmentBook(settings.plages(), settings.prebooked());
        SlotSearch slots = new SlotSearch(book);
        this.directory = new Directory(suppliers, pces);
        this.steps = new DialogueSteps(directory, new Controles(directory, catalogue, book), catalogue, book, slots,
                store, settings.internalEventAfter());
        this.effects = new ForcedEffects(directory, book, store);
    }

    // ------------------------------------------------------------------ test and inspection API

    /** Today on the engine's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The clock: the configured one, advanced by {@link #advanceClock}. */
    public Clock clock() {
        return clock;
    }

    /** Moves the clock forward (reset by {@link #reset()}). */
    public void advanceClock(Duration by) {
        clock.advance(by);
    }

    /** How far the clock was moved since the last reset. */
    public Duration clockAdvance() {
        return clock.offset();
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

    /** Demandes, calls, counts, forced answers, calendar and clock back to the seed; the directory stays. */
    public void reset() {
        synchronized (lock) {
            store.clear();
            forced.clear();
            book.reset();
            clock.reset();
        }
    }

    /** Snapshots of every demande, oldest first, internal events of long pauses applied. */
    public List<SimulatedDemande> demandes() {
        synchronized (lock) {
            Instant now = clock.instant();
            List<SimulatedDemande> out = new ArrayList<>();
            for (DemandeRecord d : store.all()) {
                d.settle(now, settings.internalEventAfter());
                out.add(d.snapshot());
            }
            return out;
        }
    }

    /** A snapshot of one demande, internal event of a long pause applied. */
    public Optional<SimulatedDemande> demande(String numeroDemande) {
        synchronized (lock) {
            DemandeRecord d = store.get(numeroDemande);
            if (d == null) {
                return Optional.empty();
            }
            d.settle(clock.instant(), settings.internalEventAfter());
            return Optional.of(d.snapshot());
        }
    }

    /**
     * The internal event of guide §2.1, now: the demande awaiting its appointment changes status, and the next
     * appointment call gets "Dialogue interrompu…".
     *
     * @throws IllegalArgumentException when no demande has this number
     * @throws IllegalStateException    when the demande is not "en attente de RDV"
     */
    public SimulatedDemande evenementInterne(String numeroDemande) {
        synchronized (lock) {
            DemandeRecord d = store.get(numeroDemande);
            if (d == null) {
                throw new IllegalArgumentException("no demande " + numeroDemande);
            }
            d.settle(clock.instant(), settings.internalEventAfter());
            if (d.statut != StatutDemande.EN_ATTENTE_DE_RDV) {
                throw new IllegalStateException("demande " + numeroDemande + " is " + d.statut.libelle()
                        + ", not en attente de RDV: no internal event changes it");
            }
            d.changeByInternalEvent();
            return d.snapshot();
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

    /** Forces an answer; the last one forced wins over earlier ones matching the same call. */
    public void force(ForcedAnswer answer) {
        synchronized (lock) {
            forced.force(answer);
        }
    }

    /** The forced answers in force, newest first, each with its uses left as {@code times()}. */
    public List<ForcedAnswer> forced() {
        synchronized (lock) {
            return forced.active();
        }
    }

    /** Removes the forced answers scoped to a PCE. */
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

    /** Logs and counts a call as it arrives, and takes the forced answer it gets, if any (counting one use). */
    public Arrival arrive(Request request, String rawBody) {
        synchronized (lock) {
            String pce = pceOf(request);
            ForcedAnswer f = forced.take(request.operation(), pce, request.numeroDemande()).orElse(null);
            DemandeStore.Call call = store.arrive(request.operation(), pce, request.numeroDemande(), rawBody,
                    clock.instant());
            return new Arrival(request, f, call);
        }
    }

    /** Answers a call that has arrived: its forced answer, else the dialogue; completes its log entry. */
    public Outcome answer(Arrival arrival) {
        synchronized (lock) {
            Request request = arrival.request;
            ForcedAnswer f = arrival.forced;
            Operation op = request.operation();
            if (f == null || f.kind() == ForcedAnswer.Kind.DELAY || f.kind() == ForcedAnswer.Kind.ANSWER_LOST) {
                DialogueSteps.Result r = steps.run(request, clock.instant(), today(), earliestBookableDay(false),
                        earliestBookableDay(true));
                complete(arrival, r.numeroPce(), r.numeroDemande(), r.reponse().codeRetour());
                return f != null && f.kind() == ForcedAnswer.Kind.ANSWER_LOST ? new Outcome.Close()
                        : new Outcome.Answer(op, r.reponse());
            }
            String pce = arrival.call.numeroPce;
            String numero = request.numeroDemande();
            switch (f.kind()) {
                case ANSWER -> {
                    DialogueSteps.Result r = effects.apply(request, f.reponse().orElseThrow(), clock.instant());
                    complete(arrival, r.numeroPce() != null ? r.numeroPce() : pce, r.numeroDemande(),
                            r.reponse().codeRetour());
                    return new Outcome.Answer(op, r.reponse());
                }
                case SOAP_FAULT -> {
                    complete(arrival, pce, numero, "SOAP fault");
                    return new Outcome.Fault(f.faultCode(), f.faultString());
                }
                case HTTP_STATUS -> {
                    complete(arrival, pce, numero, "HTTP " + f.httpStatus());
                    return new Outcome.Http(f.httpStatus(), f.httpBody());
                }
                default -> {
                    complete(arrival, pce, numero, "closed");
                    return new Outcome.Close();
                }
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void complete(Arrival a, String pce, String numeroDemande, String codeRetour) {
        a.call.numeroPce = pce;
        a.call.numeroDemande = numeroDemande;
        a.call.codeRetour = codeRetour;
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

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import io.github.omegadit.answer.AnnexeA;
import io.github.omegadit.internal.simulator.DialogueEngine;
import io.github.omegadit.internal.simulator.SimulatorServer;
import io.github.omegadit.internal.simulator.WorkingDays;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.Segment;
import io.github.omegadit.rules.Catalogue;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stateful OMEGA CreerDIT simulator: real SOAP 1.1 over HTTP on the loopback interface, the whole dialogue of the
 * guide (§2.1) with Annexe A's texts, a seeded PCE directory and a deterministic appointment calendar. For suppliers'
 * integration tests and demos, without the distributor's homologation platform.
 *
 * <pre>{@code
 * try (OmegaSimulator sim = OmegaSimulator.builder()
 *         .clock(Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneId.of("Europe/Paris")))
 *         .build()
 *         .start()) {
 *     URI endpoint = sim.url();                 // http://127.0.0.1:<free port>/omega/CreerDIT
 *     // ... run the code under test against endpoint, as supplier OmegaSimulator.DEMO_NUMERO_CAD ...
 *     assertThat(sim.demandes()).extracting(SimulatedDemande::statut).containsExactly(StatutDemande.RDV_PROGRAMME);
 *     sim.reset();
 * }
 * }</pre>
 * In JUnit 5 tests, {@link OmegaSimulatorTest @OmegaSimulatorTest} or {@link OmegaSimulatorExtension} start one per
 * test class and reset it before each test. Thread-safe: one instance serves many concurrent callers.
 *
 * <h2>The seeded directory</h2>
 * <table>
 * <caption>PCEs</caption>
 * <tr><th>NumeroPCE</th><th>segment</th><th>frequency</th><th>CodePostal</th><th>commune</th><th>holder</th></tr>
 * <tr><td>{@value #PCE_6M}</td><td>6M non télérelevé</td><td>6M</td><td>75011</td><td>Paris</td><td>demo</td></tr>
 * <tr><td>{@value #PCE_6M_TLRV}</td><td>6M télérelevé et 1M</td><td>6M télérelevé</td><td>69003</td><td>Lyon</td>
 *     <td>demo</td></tr>
 * <tr><td>{@value #PCE_1M}</td><td>6M télérelevé et 1M</td><td>1M</td><td>13008</td><td>Marseille</td>
 *     <td>demo</td></tr>
 * <tr><td>{@value #PCE_JJ}</td><td>JJ/JM/MM</td><td>JJ</td><td>59000</td><td>Lille</td><td>demo</td></tr>
 * <tr><td>{@value #PCE_MM}</td><td>JJ/JM/MM</td><td>MM</td><td>31000</td><td>Toulouse</td><td>demo</td></tr>
 * <tr><td>{@value #PCE_AUTRE_FOURNISSEUR}</td><td>6M non télérelevé</td><td>6M</td><td>33000</td><td>Bordeaux</td>
 *     <td>{@value #AUTRE_NUMERO_CAD}</td></tr>
 * <tr><td>{@value #PCE_INCONNU}</td><td colspan="5">not in the directory: "Numéro de PCE incorrect ou inconnu"</td></tr>
 * </table>
 * The demo supplier is {@value #DEMO_DN_ENTREPRISE} / {@value #DEMO_NUMERO_CAD} (any non-blank login, e.g.
 * {@value #DEMO_LOGIN}); the other known supplier is {@value #AUTRE_DN_ENTREPRISE} / {@value #AUTRE_NUMERO_CAD}.
 * A request's CodePostal must be in the PCE's département (first two digits, three overseas).
 * {@link #addPce(SimulatedPce)} and {@link #addFournisseur(String, String)} extend the directory; it survives
 * {@link #reset()}.
 *
 * <h2>The dialogue</h2>
 * <ul>
 * <li>Every call checks the supplier: DNEntreprise and NumeroCAD of a known supplier ("Habilitation incorrecte"), a
 *     non-blank Login ("Le login doit être renseigné."). VerifierRecevabiliteDIT and CreerDemandeDIT then check the
 *     PCE: known ("Numéro de PCE incorrect ou inconnu PCE_INCONNU"), held by the caller ("Habilitation incorrecte"),
 *     in the CodePostal's département. A refused VerifierRecevabiliteDIT is recorded as a demande in status 22 (PCE
 *     unknown) or 23 (the others).</li>
 * <li>VerifierRecevabiliteDIT answers P / Message "Demande recevable" with every catalogue pair of the PCE's segment.
 *     Each Motif carries the PresenceClient of its code: {@code PO} for meter work and restorations (34, 35, U7, 37,
 *     04, 13, S6, 208, 209, 217, 218, 232, 243, 244, 245, 252), {@code PNO} where nothing is done on the premises (V8,
 *     R9, A7, B9, P9, 207, 249, 250), {@code PS} otherwise. CreerDemandeDIT and the appointment answers carry the
 *     same value.</li>
 * <li>CreerDemandeDIT runs the checks below and answers A / DmdKo with one MessageRetour per failure. Otherwise it
 *     creates a demande: for a JJ/JM/MM PCE, T / DmdOkDD at the requested date; for a 6M or 1M PCE, status "en attente
 *     de RDV" and P / DatePlageH when the requested date and plage are free, else P / ListeDP.</li>
 * <li>ProposerDatePlage makes its date the requested date, then answers like CreerDemandeDIT. DemanderPrecSuiv pages
 *     the list two working days back or forth (never before the first bookable day; windows with no free slot are
 *     skipped). AccepterRdv books one unit of the slot and answers T / DmdOkDP (P / ListeDP when the slot is not free).
 *     AbandonnerRdv answers T / DmdOkDD at the requested date; AbandonnerDemande A / DmdKo "Demande abandonnée".</li>
 * <li>A ListeDP holds the free slots of the two working days after the requested date (or from the first bookable day
 *     when that is later), at most 24, ordered by day then plage.</li>
 * </ul>
 *
 * <table>
 * <caption>"Donnée incorrecte : codeChamp / codeCohérence" sent by CreerDemandeDIT</caption>
 * <tr><th>codeChamp</th><th>codeCohérence</th><th>when</th></tr>
 * <tr><td>CODE_INTERVENTION</td><td>INTERVENTION_INCONNUE</td><td>the code is in no segment of the catalogue</td></tr>
 * <tr><td>CODE_INTERVENTION</td><td>INTERVENTION_HORS_SEGMENT</td><td>the code exists, not for the PCE's segment</td></tr>
 * <tr><td>CODE_MOTIF</td><td>MOTIF_OBLIGATOIRE</td><td>no motif, but the code has motifs in this segment</td></tr>
 * <tr><td>CODE_MOTIF</td><td>MOTIF_INCONNU</td><td>(code, motif) is not a catalogue row of the segment</td></tr>
 * <tr><td>CODE_MOTIF</td><td>MOTIF_INTERDIT</td><td>a motif with G1 or 253 (it must be empty)</td></tr>
 * <tr><td>PRECISION_INTERVENTION</td><td>PRECISION_OBLIGATOIRE</td><td>motif 01 labelled "Autre" without
 *     PrecisionIntervention</td></tr>
 * <tr><td>OPTION_EXPRESS</td><td>EXPRESS_NON_AUTORISE</td><td>OptionExpress "1" on a code that is not express in
 *     the segment</td></tr>
 * <tr><td>INDEX_CONTESTE</td><td>INDEX_OBLIGATOIRE</td><td>G1 or 253 without IndexConteste</td></tr>
 * <tr><td>INDEX_CLIENT</td><td>INDEX_OBLIGATOIRE</td><td>G1 or 253 without IndexClient</td></tr>
 * <tr><td>NUMERO_VERSION</td><td>VERSION_INSUFFISANTE</td><td>G1, 253, R9 or A7 with NumeroVersion before V10</td></tr>
 * <tr><td>NUMERO_VERSION</td><td>VERSION_INCONNUE</td><td>NumeroVersion not "V" and a number from 1</td></tr>
 * <tr><td>DATE_RDV</td><td>DATE_PASSEE</td><td>RdvDemande.Date before today</td></tr>
 * <tr><td>PLAGE_RDV</td><td>PLAGE_OBLIGATOIRE</td><td>no Plage for a 6M or 1M PCE</td></tr>
 * <tr><td>PLAGE_RDV</td><td>PLAGE_INCONNUE</td><td>a Plage that is not one of {@link #plages()} (6M, 1M)</td></tr>
 * </table>
 * A non-digit ContactIntervention.Telephone at NumeroVersion V8 or later adds the fixed text
 * {@link io.github.omegadit.answer.AnnexeA.Libelle#TELEPHONE_NON_NUMERIQUE}.
 *
 * <table>
 * <caption>codeErreur, appended after a space</caption>
 * <tr><th>message</th><th>codeErreur</th><th>when</th></tr>
 * <tr><td>Numéro de PCE incorrect ou inconnu</td><td>PCE_INCONNU</td><td>the PCE is not in the directory</td></tr>
 * <tr><td>Dialogue interrompu…</td><td>DEMANDE_INCONNUE</td><td>no demande has this NumeroDemande (including one
 *     created before {@link #reset()})</td></tr>
 * <tr><td>Dialogue interrompu…</td><td>DEMANDE_AUTRE_FOURNISSEUR</td><td>the demande is another supplier's</td></tr>
 * <tr><td>Dialogue interrompu…</td><td>DEMANDE_PAS_EN_ATTENTE_DE_RDV</td><td>the demande is no longer "en attente de
 *     RDV" (programmed, registered at the requested date, abandoned, refused)</td></tr>
 * </table>
 *
 * <h2>The calendar</h2>
 * Today comes from the {@linkplain Builder#clock(Clock) clock} (default: the system clock in Europe/Paris). Working
 * days are Monday to Friday minus the French public holidays (fixed-date and Easter-based). The first bookable day
 * is {@value #DEFAULT_LEAD_TIME} working days after today, {@value #DEFAULT_EXPRESS_LEAD_TIME} with OptionExpress "1"
 * (an express code: Z8, 206, 207, 243). The plages are {@link PlageHoraire#DEFAULTS}. Seeded load: on Tuesdays
 * {@code MATIN} and {@code DEBUT-MATINEE}, on Thursdays {@code APRES-MIDI} and {@code FIN-APRES-MIDI} are fully
 * booked; so a Tuesday-morning request gets ListeDP, a Monday-morning one DatePlageH. {@link #occupy} and
 * {@link #free} change single slots; {@link #reset()} restores the seed.
 */
public final class OmegaSimulator implements AutoCloseable {

    /** DNEntreprise of the demo supplier. */
    public static final String DEMO_DN_ENTREPRISE = "CN=Fournisseur Demo,O=Demo Energie,C=FR";
    /** NumeroCAD of the demo supplier. */
    public static final String DEMO_NUMERO_CAD = "GAZ0001";
    /** A Login for the demo supplier (any non-blank login is accepted). */
    public static final String DEMO_LOGIN = "jdupont";
    /** DNEntreprise of the other known supplier. */
    public static final String AUTRE_DN_ENTREPRISE = "CN=Autre Fournisseur,O=Autre Energie,C=FR";
    /** NumeroCAD of the other known supplier. */
    public static final String AUTRE_NUMERO_CAD = "GAZ0002";

    /** 6M non télérelevé, 75011 Paris, demo supplier: the appointment dialogue. */
    public static final String PCE_6M = "GI000001";
    /** 6M télérelevé (segment 6M télérelevé et 1M), 69003 Lyon, demo supplier. */
    public static final String PCE_6M_TLRV = "GI000002";
    /** 1M (segment 6M télérelevé et 1M), 13008 Marseille, demo supplier. */
    public static final String PCE_1M = "GI000003";
    /** JJ (segment JJ/JM/MM), 59000 Lille, demo supplier: registered at the requested date. */
    public static final String PCE_JJ = "GI000004";
    /** MM (segment JJ/JM/MM), 31000 Toulouse, demo supplier. */
    public static final String PCE_MM = "GI000005";
    /** 6M non télérelevé, 33000 Bordeaux, held by {@link #AUTRE_NUMERO_CAD}: "Habilitation incorrecte" for the demo. */
    public static final String PCE_AUTRE_FOURNISSEUR = "GI000009";
    /** Not in the directory: "Numéro de PCE incorrect ou inconnu". */
    public static final String PCE_INCONNU = "GI999999";

    /** Default lead time, in working days after today. */
    public static final int DEFAULT_LEAD_TIME = 3;
    /** Default lead time with OptionExpress "1", in working days after today. */
    public static final int DEFAULT_EXPRESS_LEAD_TIME = 1;
    /** Default number of worker threads. */
    public static final int DEFAULT_WORKER_THREADS = 64;
    /** The zone of the default clock: OMEGA's dates are French calendar dates. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final List<SimulatedPce> SEED_PCES = List.of(
            new SimulatedPce(PCE_6M, Segment.SIX_M, "6M", "75011", "Paris", DEMO_NUMERO_CAD),
            new SimulatedPce(PCE_6M_TLRV, Segment.SIX_M_TLRV_1M, "6M télérelevé", "69003", "Lyon", DEMO_NUMERO_CAD),
            new SimulatedPce(PCE_1M, Segment.SIX_M_TLRV_1M, "1M", "13008", "Marseille", DEMO_NUMERO_CAD),
            new SimulatedPce(PCE_JJ, Segment.JJ_JM_MM, "JJ", "59000", "Lille", DEMO_NUMERO_CAD),
            new SimulatedPce(PCE_MM, Segment.JJ_JM_MM, "MM", "31000", "Toulouse", DEMO_NUMERO_CAD),
            new SimulatedPce(PCE_AUTRE_FOURNISSEUR, Segment.SIX_M, "6M", "33000", "Bordeaux", AUTRE_NUMERO_CAD));

    private final DialogueEngine engine;
    private final int requestedPort;
    private final int workerThreads;
    private final Object lifecycle = new Object();
    private SimulatorServer server;
    private boolean closed;

    private OmegaSimulator(Builder b) {
        Map<String, String> suppliers = new LinkedHashMap<>();
        suppliers.put(DEMO_NUMERO_CAD, DEMO_DN_ENTREPRISE);
        suppliers.put(AUTRE_NUMERO_CAD, AUTRE_DN_ENTREPRISE);
        Catalogue catalogue = b.catalogue != null ? b.catalogue : Catalogue.standard();
        this.engine = new DialogueEngine(new DialogueEngine.Settings(b.clock, catalogue, b.plages, b.leadTime,
                b.expressLeadTime, b.prebookedLoad), suppliers, SEED_PCES);
        this.requestedPort = b.port;
        this.workerThreads = b.workerThreads;
    }

    /** A builder with the documented defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and starts serving. Calling it on a running simulator does nothing.
     *
     * @return this simulator
     * @throws IllegalStateException after {@link #close()}
     * @throws java.io.UncheckedIOException when the port cannot be bound
     */
    public OmegaSimulator start() {
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("this simulator was closed; build a new one");
            }
            if (server == null) {
                server = SimulatorServer.start(engine, requestedPort, workerThreads);
            }
            return this;
        }
    }

    /** True between {@link #start()} and {@link #close()}. */
    public boolean isRunning() {
        synchronized (lifecycle) {
            return server != null && !closed;
        }
    }

    /**
     * The endpoint to give the client, e.g. {@code http://127.0.0.1:54321/omega/CreerDIT}.
     *
     * @throws IllegalStateException when not running
     */
    public URI url() {
        return running().url();
    }

    /** The WSDL's address ({@code url()?wsdl}); its {@code soap:address} is {@link #url()}. */
    public URI wsdlUrl() {
        return URI.create(url() + "?wsdl");
    }

    /** The XSD's address: where the WSDL's relative import resolves. */
    public URI xsdUrl() {
        return url().resolve(SimulatorServer.XSD_PATH);
    }

    /** The bound port. */
    public int port() {
        return running().port();
    }

    /**
     * Stops the server: the port is released, open connections are closed, calls in progress (forced delays included)
     * are interrupted, and the worker threads end before this returns. Idempotent.
     */
    @Override
    public void close() {
        SimulatorServer s;
        synchronized (lifecycle) {
            closed = true;
            s = server;
        }
        if (s != null) {
            s.close();
        }
    }

    // ------------------------------------------------------------------ directory

    /** The PCE directory, seeded ones first. */
    public List<SimulatedPce> pces() {
        return engine.pces();
    }

    /** Adds a PCE, or replaces the one with the same number. Kept by {@link #reset()}. */
    public OmegaSimulator addPce(SimulatedPce pce) {
        engine.addPce(Objects.requireNonNull(pce, "pce"));
        return this;
    }

    /**
     * Adds a supplier that may call the simulator, or replaces the DNEntreprise of a NumeroCAD. Kept by
     * {@link #reset()}.
     */
    public OmegaSimulator addFournisseur(String numeroCad, String dnEntreprise) {
        Objects.requireNonNull(numeroCad, "numeroCad");
        Objects.requireNonNull(dnEntreprise, "dnEntreprise");
        if (numeroCad.isBlank() || dnEntreprise.isBlank()) {
            throw new IllegalArgumentException("numeroCad and dnEntreprise must not be blank");
        }
        engine.addSupplier(numeroCad, dnEntreprise);
        return this;
    }

    /**
     * A human-readable description: endpoint, demo identity, PCE directory, calendar. For the command line and
     * the README.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        URI u;
        synchronized (lifecycle) {
            u = server != null && !closed ? server.url() : null;
        }
        sb.append("OMEGA CreerDIT simulator").append(u == null ? " (not running)" : " at " + u).append('\n');
        sb.append("  today ").append(today()).append(" (").append(engine.clock().getZone()).append(")\n");
        sb.append("Demo supplier: DNEntreprise \"").append(DEMO_DN_ENTREPRISE).append("\", NumeroCAD ")
                .append(DEMO_NUMERO_CAD).append(", Login ").append(DEMO_LOGIN).append(" (any non-blank login)\n");
        sb.append("Other suppliers:");
        engine.suppliers().entrySet().stream().filter(e -> !e.getKey().equals(DEMO_NUMERO_CAD))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(" ").append(e.getKey()).append(" \"").append(e.getValue()).append('"'));
        sb.append('\n');
        sb.append(String.format("%-16s %-22s %-15s %-11s %-12s %s%n", "NumeroPCE", "segment", "frequency",
                "CodePostal", "commune", "holder"));
        for (SimulatedPce p : pces()) {
            sb.append(String.format("%-16s %-22s %-15s %-11s %-12s %s%n", p.numeroPce(), p.segment().libelle(),
                    p.frequenceReleve(), p.codePostal(), p.commune(),
                    p.numeroCadTitulaire() + (p.numeroCadTitulaire().equals(DEMO_NUMERO_CAD) ? " (demo)" : "")));
        }
        sb.append(String.format("%-16s %s%n", PCE_INCONNU, "unknown: \"Numéro de PCE incorrect ou inconnu\""));
        sb.append("Plages (code, HeureMin-HeureMax, appointments per working day):\n");
        for (PlageHoraire p : plages()) {
            sb.append("  ").append(p).append('\n');
        }
        DialogueEngine.Settings s = engine.settings();
        sb.append("First bookable day: ").append(earliestBookableDay(false)).append(" (").append(s.leadTime())
                .append(" working days), express ").append(earliestBookableDay(true)).append(" (")
                .append(s.expressLeadTime()).append(")\n");
        sb.append(s.prebooked() ? "Pre-booked: Tuesdays MATIN and DEBUT-MATINEE, Thursdays APRES-MIDI and "
                + "FIN-APRES-MIDI\n" : "No pre-booked load\n");
        return sb.toString();
    }

    /** The first line of {@link #describe()}. */
    @Override
    public String toString() {
        String d = describe();
        return d.substring(0, d.indexOf('\n'));
    }

    // ------------------------------------------------------------------ calendar

    /** Today, on the simulator's clock. */
    public LocalDate today() {
        return engine.today();
    }

    /** The first day an appointment can be booked: with OptionExpress "1" on an express code, or without. */
    public LocalDate earliestBookableDay(boolean express) {
        return engine.earliestBookableDay(express);
    }

    /** True for Monday to Friday when the day is not a French public holiday. */
    public static boolean isWorkingDay(LocalDate day) {
        return WorkingDays.isWorkingDay(Objects.requireNonNull(day, "day"));
    }

    /** The plages, in list order. */
    public List<PlageHoraire> plages() {
        return engine.plages();
    }

    /**
     * Marks a slot fully booked until {@link #reset()}.
     *
     * @throws IllegalArgumentException for an unknown plage
     */
    public OmegaSimulator occupy(LocalDate day, String plage) {
        engine.occupy(Objects.requireNonNull(day, "day"), plage);
        return this;
    }

    /**
     * Makes a slot entirely free (seeded load included) until {@link #reset()}.
     *
     * @throws IllegalArgumentException for an unknown plage
     */
    public OmegaSimulator free(LocalDate day, String plage) {
        engine.free(Objects.requireNonNull(day, "day"), plage);
        return this;
    }

    /** Units still free in the slot: 0 when full, on days that are not working days and for an unknown plage. */
    public int remainingCapacity(LocalDate day, String plage) {
        return engine.remaining(Objects.requireNonNull(day, "day"), plage);
    }

    // ------------------------------------------------------------------ test API

    /**
     * Back to the seeded state between tests: demandes, recorded calls and counts, forced answers and calendar
     * bookings are dropped. The directory (including added PCEs and suppliers) stays, and NumeroDemande numbering
     * goes on, so a number is never given twice.
     */
    public void reset() {
        engine.reset();
    }

    /** Snapshots of the demandes since the last reset, oldest first. */
    public List<SimulatedDemande> demandes() {
        return engine.demandes();
    }

    /** A snapshot of one demande. */
    public Optional<SimulatedDemande> demande(String numeroDemande) {
        return engine.demande(numeroDemande);
    }

    /** The schema-valid calls since the last reset, oldest first (the last 10 000 are kept). */
    public List<RecordedCall> calls() {
        return engine.calls();
    }

    /** How many schema-valid calls of this operation arrived since the last reset. */
    public int callCount(Operation operation) {
        return engine.callCount(Objects.requireNonNull(operation, "operation"));
    }

    /** Answers the calls about this PCE with {@code answer} (see {@link ForcedAnswer}), replacing any earlier one. */
    public OmegaSimulator force(String numeroPce, ForcedAnswer answer) {
        engine.force(Objects.requireNonNull(numeroPce, "numeroPce"), Objects.requireNonNull(answer, "answer"));
        return this;
    }

    /** Lets the dialogue answer for this PCE again. */
    public OmegaSimulator clearForced(String numeroPce) {
        engine.clearForced(Objects.requireNonNull(numeroPce, "numeroPce"));
        return this;
    }

    /** Lets the dialogue answer for every PCE again. */
    public OmegaSimulator clearForced() {
        engine.clearForced();
        return this;
    }

    private SimulatorServer running() {
        synchronized (lifecycle) {
            if (server == null || closed) {
                throw new IllegalStateException(closed ? "the simulator is closed" : "the simulator is not started: "
                        + "call start() first");
            }
            return server;
        }
    }

    /**
     * Builds an {@link OmegaSimulator}. Every setting has a default; {@code OmegaSimulator.builder().build()} is a
     * simulator on a free port with the system clock.
     */
    public static final class Builder {
        private int port;
        private Clock clock = Clock.system(PARIS);
        private Catalogue catalogue;
        private int workerThreads = DEFAULT_WORKER_THREADS;
        private int leadTime = DEFAULT_LEAD_TIME;
        private int expressLeadTime = DEFAULT_EXPRESS_LEAD_TIME;
        private List<PlageHoraire> plages = PlageHoraire.DEFAULTS;
        private boolean prebookedLoad = true;

        private Builder() {}

        /**
         * The port (default 0: a free one, which is what tests want; a fixed port for a demo others connect to).
         *
         * @throws IllegalArgumentException outside 0-65535
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** Where "today" comes from (default: the system clock in Europe/Paris). Fix it for repeatable tests. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Shortcut: a clock fixed at 09:00, Europe/Paris, on this day. */
        public Builder today(LocalDate today) {
            Objects.requireNonNull(today, "today");
            return clock(Clock.fixed(today.atTime(LocalTime.of(9, 0)).atZone(PARIS).toInstant(), PARIS));
        }

        /** The Annexe B catalogue (default {@link Catalogue#standard()}), e.g. a newer table loaded from a file. */
        public Builder catalogue(Catalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * Worker threads (default {@value OmegaSimulator#DEFAULT_WORKER_THREADS}); more concurrent callers wait in a queue, so
         * raise it when a load test holds more connections than that open with forced delays.
         *
         * @throws IllegalArgumentException when below 1
         */
        public Builder workerThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("workerThreads must be at least 1, got " + threads);
            }
            this.workerThreads = threads;
            return this;
        }

        /**
         * Working days from today to the first bookable day (default {@value OmegaSimulator#DEFAULT_LEAD_TIME}).
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder leadTime(int workingDays) {
            if (workingDays < 0) {
                throw new IllegalArgumentException("leadTime must not be negative, got " + workingDays);
            }
            this.leadTime = workingDays;
            return this;
        }

        /**
         * The same with OptionExpress "1" (default {@value OmegaSimulator#DEFAULT_EXPRESS_LEAD_TIME}).
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder expressLeadTime(int workingDays) {
            if (workingDays < 0) {
                throw new IllegalArgumentException("expressLeadTime must not be negative, got " + workingDays);
            }
            this.expressLeadTime = workingDays;
            return this;
        }

        /**
         * The plages (default {@link PlageHoraire#DEFAULTS}); the seeded load applies to the default codes only.
         *
         * @throws IllegalArgumentException when empty or a code appears twice
         */
        public Builder plages(List<PlageHoraire> plages) {
            List<PlageHoraire> copy = List.copyOf(plages);
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("at least one plage is needed");
            }
            if (copy.stream().map(PlageHoraire::code).distinct().count() != copy.size()) {
                throw new IllegalArgumentException("plage codes must be distinct: " + copy);
            }
            this.plages = copy;
            return this;
        }

        /** Whether the seeded pre-booked load applies (default true); off, every slot starts free. */
        public Builder prebookedLoad(boolean prebooked) {
            this.prebookedLoad = prebooked;
            return this;
        }

        /** The simulator, not started yet: call {@link OmegaSimulator#start()}. */
        public OmegaSimulator build() {
            return new OmegaSimulator(this);
        }
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import io.github.omegadit.internal.simulator.Description;
import io.github.omegadit.internal.simulator.DialogueEngine;
import io.github.omegadit.internal.simulator.Recording;
import io.github.omegadit.internal.simulator.Seed;
import io.github.omegadit.internal.simulator.ServerHolder;
import io.github.omegadit.internal.simulator.SimulatorServer;
import io.github.omegadit.internal.simulator.WorkingDays;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.rules.Catalogue;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * <p>What the simulated OMEGA checks and answers, with its codes, the calendar and the test API (forced answers,
 * clock, internal events, recording, the admin API) are described in the {@linkplain io.github.omegadit.simulator
 * package documentation}.
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
    /** Default number of the HTTP server's worker threads. */
    public static final int DEFAULT_WORKER_THREADS = 64;
    /** Default pause before an internal event changes a demande awaiting its appointment (one day). */
    public static final Duration DEFAULT_INTERNAL_EVENT_AFTER = Duration.ofDays(1);
    /** The zone of the default clock: OMEGA's dates are French calendar dates. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final DialogueEngine engine;
    private final Recording recording = new Recording();
    private final int requestedPort;
    private final int workerThreads;
    private final boolean adminApi;
    private final ServerHolder server = new ServerHolder();

    private OmegaSimulator(Builder b) {
        Catalogue catalogue = b.catalogue != null ? b.catalogue : Catalogue.standard();
        this.engine = new DialogueEngine(new DialogueEngine.Settings(b.clock, catalogue, b.plages, b.leadTime,
                b.expressLeadTime, b.prebookedLoad, b.internalEventAfter), Seed.suppliers(), Seed.PCES);
        this.requestedPort = b.port;
        this.workerThreads = b.workerThreads;
        this.adminApi = b.adminApi;
        recording.to(b.recordTo);
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
        server.start(() -> SimulatorServer.start(engine, recording, adminApi, requestedPort, workerThreads));
        return this;
    }

    /** True between {@link #start()} and {@link #close()}. */
    public boolean isRunning() {
        return server.isRunning();
    }

    /**
     * The endpoint to give the client, e.g. {@code http://127.0.0.1:54321/omega/CreerDIT}.
     *
     * @throws IllegalStateException when not running
     */
    public URI url() {
        return server.running().url();
    }

    /** The WSDL's address ({@code url()?wsdl}); its {@code soap:address} is {@link #url()}. */
    public URI wsdlUrl() {
        return URI.create(url() + "?wsdl");
    }

    /** The XSD's address: where the WSDL's relative import resolves. */
    public URI xsdUrl() {
        return url().resolve(SimulatorServer.XSD_PATH);
    }

    /**
     * The admin API's base, e.g. {@code http://127.0.0.1:54321/__admin/} (JSON over HTTP: demandes, calls, reset,
     * forced answers, PCEs, suppliers, clock; see the README).
     *
     * @throws IllegalStateException when not running, or built with {@code adminApi(false)}
     */
    public URI adminUrl() {
        URI admin = server.running().adminUrl();
        if (admin == null) {
            throw new IllegalStateException("this simulator was built with adminApi(false)");
        }
        return admin;
    }

    /** The bound port. */
    public int port() {
        return server.running().port();
    }

    /**
     * Stops the server: the port is released, open connections are closed, calls in progress (forced delays included)
     * are dropped, and the simulator's threads end before this returns. Idempotent.
     */
    @Override
    public void close() {
        server.close();
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
        return Description.of(engine, server.urlOrNull());
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

    /** The simulator's clock: the one it was built with, moved by {@link #advanceClock(Duration)}. */
    public Clock clock() {
        return engine.clock();
    }

    /**
     * Moves the simulator's clock forward, until {@link #reset()}: today, the first bookable days and the pauses of
     * the demandes awaiting an appointment move with it (see {@link Builder#internalEventAfter(Duration)}).
     *
     * @throws IllegalArgumentException for a negative duration
     */
    public OmegaSimulator advanceClock(Duration by) {
        engine.advanceClock(by);
        return this;
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
     * Back to the seeded state between tests: demandes, recorded calls and counts, forced answers, calendar bookings
     * and clock advances are dropped. The directory (including added PCEs and suppliers) and the recording directory
     * stay, and NumeroDemande numbering goes on, so a number is never given twice.
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

    /**
     * The internal event of guide §2.1, now: "si la demande change de statut par un évènement interne et que le
     * fournisseur poursuit le dialogue … une erreur sera envoyée". The demande becomes
     * {@link StatutDemande#MODIFIEE_PAR_EVENEMENT_INTERNE} and its next appointment or stop call gets "Dialogue
     * interrompu suite à un problème technique…" with codeErreur {@code DEMANDE_MODIFIEE_PAR_OMEGA}. The same happens
     * by itself after a pause of {@link Builder#internalEventAfter(Duration)}.
     *
     * @return the demande after the event
     * @throws IllegalArgumentException when no demande has this number
     * @throws IllegalStateException    when the demande is not "en attente de RDV"
     */
    public SimulatedDemande evenementInterne(String numeroDemande) {
        return engine.evenementInterne(Objects.requireNonNull(numeroDemande, "numeroDemande"));
    }

    /**
     * The calls since the last reset, oldest first (the last 10 000 are kept), each recorded when it arrives: a call
     * still waiting out a forced delay is there, with a {@code null} CodeRetour.
     */
    public List<RecordedCall> calls() {
        return engine.calls();
    }

    /** How many schema-valid calls of this operation arrived since the last reset, counted on arrival. */
    public int callCount(Operation operation) {
        return engine.callCount(Objects.requireNonNull(operation, "operation"));
    }

    /**
     * Answers the calls {@code answer} matches (see {@link ForcedAnswer}) instead of running the dialogue, until
     * {@link #reset()}, {@link #clearForced()} or its {@link ForcedAnswer#times(int)} are used up. When several forced
     * answers match a call, the one forced last wins.
     */
    public OmegaSimulator force(ForcedAnswer answer) {
        engine.force(Objects.requireNonNull(answer, "answer"));
        return this;
    }

    /** Shorthand for {@code force(answer.forPce(numeroPce))}. */
    public OmegaSimulator force(String numeroPce, ForcedAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        return force(answer.forPce(Objects.requireNonNull(numeroPce, "numeroPce")));
    }

    /** The forced answers in force, newest first; {@link ForcedAnswer#times()} is the uses each has left. */
    public List<ForcedAnswer> forced() {
        return engine.forced();
    }

    /** Drops the forced answers scoped to this PCE. */
    public OmegaSimulator clearForced(String numeroPce) {
        engine.clearForced(Objects.requireNonNull(numeroPce, "numeroPce"));
        return this;
    }

    /** Drops every forced answer. */
    public OmegaSimulator clearForced() {
        engine.clearForced();
        return this;
    }

    /**
     * Writes every SOAP exchange from now on as XML files in {@code directory} (created if missing), personal data
     * masked as in payload logging, numbered from 1: {@code 000001-CreerDemandeDIT-request.xml},
     * {@code 000001-CreerDemandeDIT-response.xml}… For golden tests and homologation evidence. A response file is
     * written when a SOAP envelope was sent (answer or fault), not for a forced HTTP status, closed connection or
     * lost answer; a request that is not valid is named {@code invalid}. Kept by {@link #reset()}.
     *
     * @param directory where to write, or {@code null} to stop recording
     * @throws java.io.UncheckedIOException when the directory cannot be created
     */
    public OmegaSimulator recordTo(Path directory) {
        recording.to(directory);
        return this;
    }

    /**
     * Builds an {@link OmegaSimulator}. Every setting has a default ({@link SimulatorSettings});
     * {@code OmegaSimulator.builder().build()} is a simulator on a free port with the system clock.
     */
    public static final class Builder extends SimulatorSettings<Builder> {

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /** The simulator, not started yet: call {@link OmegaSimulator#start()}. */
        public OmegaSimulator build() {
            return new OmegaSimulator(this);
        }
    }
}

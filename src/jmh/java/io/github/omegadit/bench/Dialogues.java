/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.internal.generated.CreerDITPortType;
import io.github.omegadit.internal.generated.ReponseCreerDemandeObjet;
import io.github.omegadit.internal.generated.ReponseDialogueDIT;
import io.github.omegadit.internal.generated.RequeteWSAbandonnerDemande;
import io.github.omegadit.internal.generated.RequeteWSAccepterRdv;
import io.github.omegadit.internal.generated.TypeRetourDialogue;
import io.github.omegadit.internal.generated.Utilisateur;
import io.github.omegadit.protocol.DialogueState;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.PlageHoraire;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.internal.simulator.DialogueEngine;
import io.github.omegadit.internal.simulator.Seed;
import io.github.omegadit.internal.wire.Request;
import io.github.omegadit.internal.wire.ServerCodec;
import io.github.omegadit.rules.Catalogue;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole dialogues per second against the in-process {@link OmegaSimulator}: VerifierRecevabiliteDIT, CreerDemandeDIT,
 * then AccepterRdv of the first slot offered (or AbandonnerDemande when none is). The simulator's "today" is fixed
 * and its two plages have a capacity no run can exhaust, so every dialogue takes the same path: the requested Tuesday
 * morning is pre-booked, OMEGA answers ListeDP, the first slot is accepted, DmdOkDP. The simulator is reset before
 * each iteration so that its records do not grow without bound. Plain CXF's fast stub makes the same three calls.
 *
 * <p>Two more contenders split a dialogue's cost between the simulator and the client: {@code raw}, the same three
 * requests posted as bytes by the JDK {@link HttpClient} (the simulator and its HTTP server, with the cheapest client
 * there is), and {@code simulatorWork}, the simulator's own work on the three requests without any HTTP (reading and
 * validating each request, the dialogue, writing each answer).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class Dialogues {

    /** The simulator's today: a Tuesday, so the first bookable day is the Friday after. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    /** Two plages no run can fill. */
    static final List<PlageHoraire> PLAGES = List.of(
            new PlageHoraire("MATIN", LocalTime.of(8, 0), LocalTime.of(12, 0), 1_000_000_000),
            new PlageHoraire("APRES-MIDI", LocalTime.of(13, 30), LocalTime.of(17, 30), 1_000_000_000));
    static final Pattern NUMERO = Pattern.compile("NumeroDemande>([^<]+)<");
    static final Pattern FIRST_SLOT = Pattern.compile(
            "ListeDatePlage>\\s*<(?:\\w+:)?Date>([^<]+)</(?:\\w+:)?Date>\\s*<(?:\\w+:)?Plage>([^<]+)<");

    @State(Scope.Benchmark)
    public static class Simulated {
        OmegaSimulator simulator;
        DitClient client;
        CxfStubs.Stub stub;
        HttpClient http;
        DialogueEngine engine;
        final VerifierRecevabilite verifier = Payloads.verifier();
        final CreerDemande creer = Payloads.creer();

        @Setup(Level.Trial)
        public void start() throws Exception {
            simulator = OmegaSimulator.builder().today(TODAY).plages(PLAGES).build().start();
            client = Contenders.Dit.newClient(simulator.url());
            stub = CxfStubs.fast(simulator.url());
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            engine = new DialogueEngine(new DialogueEngine.Settings(simulator.clock(), Catalogue.standard(), PLAGES,
                    OmegaSimulator.DEFAULT_LEAD_TIME, OmegaSimulator.DEFAULT_EXPRESS_LEAD_TIME, true,
                    OmegaSimulator.DEFAULT_INTERNAL_EVENT_AFTER), Seed.suppliers(), Seed.PCES);
            if (!raw(this).contains("DmdOkDP")) {
                throw new IllegalStateException("the raw dialogue did not end in DmdOkDP");
            }
            if (!(simulatorWork(this) instanceof io.github.omegadit.answer.DmdOkDP)) {
                throw new IllegalStateException("the simulator's own dialogue did not end in DmdOkDP");
            }
            if (!(ditClient(this) instanceof DmdOkDP)) {
                throw new IllegalStateException("the DitClient dialogue did not end in DmdOkDP");
            }
            ReponseDialogueDIT last = cxf(this);
            if (!"DmdOkDP".equals(last.getRetour().getCodeRetour())) {
                throw new IllegalStateException("the CXF dialogue ended in " + last.getRetour().getCodeRetour());
            }
        }

        @Setup(Level.Iteration)
        public void reset() {
            simulator.reset();
            engine.reset();
        }

        @TearDown(Level.Trial)
        public void stop() {
            try {
                client.close();
                stub.close();
            } finally {
                simulator.close();
            }
        }
    }

    /** One DitClient dialogue; returns the last answer. */
    static Object ditClient(Simulated s) {
        Dialogue d = s.client.newDialogue();
        if (!(d.verifierRecevabilite(s.verifier) instanceof Recevable)) {
            throw new IllegalStateException("not receivable");
        }
        CreationReponse created = d.creerDemande(s.creer);
        DatePlage slot = null;
        if (created instanceof ListeDP l && !l.creneaux().isEmpty()) {
            slot = l.creneaux().get(0);
        } else if (created instanceof DatePlageH h) {
            slot = h.dateProgrammee().datePlage();
        }
        if (slot != null) {
            return d.accepterRdv(slot);
        }
        return d.state() == DialogueState.AWAITING_APPOINTMENT ? d.abandonnerDemande() : created;
    }

    /** The same dialogue with the generated stub; returns the last answer. */
    static ReponseDialogueDIT cxf(Simulated s) {
        CreerDITPortType port = s.stub.port();
        if (port.verifierRecevabiliteDIT(Payloads.verifierWire()).getTypeRetourDialogue() != TypeRetourDialogue.P) {
            throw new IllegalStateException("not receivable");
        }
        ReponseDialogueDIT created = port.creerDemandeDIT(Payloads.creerWire());
        ReponseCreerDemandeObjet objet = created.getReponseCreerDemandeObjet();
        if (created.getTypeRetourDialogue() != TypeRetourDialogue.P || objet == null
                || objet.getNumeroDemande() == null) {
            return created;
        }
        LocalDate date = null;
        String plage = null;
        if (!objet.getListeDatePlage().isEmpty()) {
            date = objet.getListeDatePlage().get(0).getDate();
            plage = objet.getListeDatePlage().get(0).getPlage();
        } else if (objet.getDateProgrammee() != null) {
            date = objet.getDateProgrammee().getDate();
            plage = objet.getDateProgrammee().getPlageHoraire();
        }
        Utilisateur u = new Utilisateur();
        u.setLogin(Payloads.LOGIN);
        if (date != null) {
            RequeteWSAccepterRdv a = new RequeteWSAccepterRdv();
            a.setDNEntreprise(Payloads.DN);
            a.setNumeroCAD(Payloads.CAD);
            a.setUtilisateur(u);
            a.setNumeroVersion(Payloads.VERSION);
            a.setNumeroDemande(objet.getNumeroDemande());
            a.setDate(date);
            a.setPlage(plage);
            return port.accepterRdv(a);
        }
        RequeteWSAbandonnerDemande a = new RequeteWSAbandonnerDemande();
        a.setDNEntreprise(Payloads.DN);
        a.setNumeroCAD(Payloads.CAD);
        a.setUtilisateur(u);
        a.setNumeroVersion(Payloads.VERSION);
        a.setNumeroDemande(objet.getNumeroDemande());
        return port.abandonnerDemande(a);
    }

    /** The AccepterRdv request envelope for a demande and slot. */
    static byte[] accepter(String numero, String date, String plage) {
        return ("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<RequeteWSAccepterRdv xmlns=\"" + Payloads.NS + "\"><DNEntreprise>" + Payloads.DN
                + "</DNEntreprise><NumeroCAD>" + Payloads.CAD + "</NumeroCAD><Utilisateur><Login>" + Payloads.LOGIN
                + "</Login></Utilisateur><NumeroVersion>" + Payloads.VERSION + "</NumeroVersion><NumeroDemande>"
                + numero + "</NumeroDemande><Date>" + date + "</Date><Plage>" + plage + "</Plage>"
                + "</RequeteWSAccepterRdv></soap:Body></soap:Envelope>").getBytes(StandardCharsets.UTF_8);
    }

    /** The same dialogue as bytes over the JDK HttpClient; returns the last answer's body. */
    static String raw(Simulated s) throws IOException, InterruptedException {
        String recevable = post(s, Payloads.VERIFIER_REQUEST);
        if (!recevable.contains("Demande recevable")) {
            throw new IllegalStateException("not receivable: " + recevable);
        }
        String liste = post(s, Payloads.CREER_REQUEST);
        Matcher numero = NUMERO.matcher(liste);
        Matcher slot = FIRST_SLOT.matcher(liste);
        if (!numero.find() || !slot.find()) {
            throw new IllegalStateException("no ListeDP: " + liste);
        }
        return post(s, accepter(numero.group(1), slot.group(1), slot.group(2)));
    }

    private static String post(Simulated s, byte[] envelope) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(s.simulator.url()).header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"").POST(HttpRequest.BodyPublishers.ofByteArray(envelope)).build();
        return s.http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    /** The simulator's work on the same three requests, without HTTP; returns the last answer. */
    static Reponse simulatorWork(Simulated s) throws ServerCodec.Fault {
        if (!(serve(s, Payloads.VERIFIER_REQUEST) instanceof Recevable)) {
            throw new IllegalStateException("not receivable");
        }
        Reponse liste = serve(s, Payloads.CREER_REQUEST);
        io.github.omegadit.request.DatePlage slot = ((ListeDP) liste).creneaux().get(0);
        return serve(s, accepter(liste.numeroDemande(), slot.date().toString(), slot.plage()));
    }

    private static Reponse serve(Simulated s, byte[] envelope) throws ServerCodec.Fault {
        Request request = ServerCodec.read(envelope);
        DialogueEngine.Outcome o = s.engine.answer(s.engine.arrive(request,
                new String(envelope, StandardCharsets.UTF_8)));
        Reponse r = ((DialogueEngine.Outcome.Answer) o).reponse();
        ServerCodec.envelope(request.operation(), r);
        return r;
    }

    @Benchmark
    @Threads(1)
    public Object ditClient1Thread(Simulated s) {
        return ditClient(s);
    }

    @Benchmark
    @Threads(8)
    public Object ditClient8Threads(Simulated s) {
        return ditClient(s);
    }

    @Benchmark
    @Threads(1)
    public Object cxf1Thread(Simulated s) {
        return cxf(s);
    }

    @Benchmark
    @Threads(8)
    public Object cxf8Threads(Simulated s) {
        return cxf(s);
    }

    @Benchmark
    @Threads(1)
    public Object raw1Thread(Simulated s) throws IOException, InterruptedException {
        return raw(s);
    }

    @Benchmark
    @Threads(8)
    public Object raw8Threads(Simulated s) throws IOException, InterruptedException {
        return raw(s);
    }

    @Benchmark
    @Threads(1)
    public Object simulatorWork1Thread(Simulated s) throws ServerCodec.Fault {
        return simulatorWork(s);
    }

    @Benchmark
    @Threads(8)
    public Object simulatorWork8Threads(Simulated s) throws ServerCodec.Fault {
        return simulatorWork(s);
    }
}

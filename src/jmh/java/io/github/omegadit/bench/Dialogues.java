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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class Dialogues {

    /** The simulator's today: a Tuesday, so the first bookable day is the Friday after. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @State(Scope.Benchmark)
    public static class Simulated {
        OmegaSimulator simulator;
        DitClient client;
        CxfStubs.Stub stub;
        final VerifierRecevabilite verifier = Payloads.verifier();
        final CreerDemande creer = Payloads.creer();

        @Setup(Level.Trial)
        public void start() {
            int unlimited = 1_000_000_000;
            simulator = OmegaSimulator.builder().today(TODAY)
                    .plages(List.of(new PlageHoraire("MATIN", LocalTime.of(8, 0), LocalTime.of(12, 0), unlimited),
                            new PlageHoraire("APRES-MIDI", LocalTime.of(13, 30), LocalTime.of(17, 30), unlimited)))
                    .build().start();
            client = Contenders.Dit.newClient(simulator.url());
            stub = CxfStubs.fast(simulator.url());
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
}

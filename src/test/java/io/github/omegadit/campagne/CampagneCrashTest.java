/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.campagne;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.DitClient;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.Segment;
import io.github.omegadit.simulator.ForcedAnswer;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.SimulatedDemande;
import io.github.omegadit.simulator.SimulatedPce;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign of 200 demandes, its JVM killed with SIGKILL at random instants and restarted each time, against a
 * simulator in this JVM: at the end, each ReferenceDemande was created at most once (the simulator's own record),
 * every demande is finished or UNCERTAIN, and the UNCERTAIN ones are exactly the creations that left without a
 * recorded answer (received by the simulator or not). Reconciled from the simulator's record, the last run finishes
 * every demande, each created exactly once. Seeded: {@code -Dcampagne.crash.seed=N} replays a run.
 */
class CampagneCrashTest {

    static final int DEMANDES = 200;
    static final int KILLS = 5;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;
    OmegaSimulator sim;

    @BeforeEach
    void start() {
        sim = OmegaSimulator.builder().today(TODAY).build().start();
        for (int i = 0; i < 20; i++) {
            sim.addPce(new SimulatedPce(String.format("GJ%06d", i), Segment.JJ_JM_MM, "59000", "Lille",
                    OmegaSimulator.DEMO_NUMERO_CAD));
            sim.addPce(new SimulatedPce(String.format("GM%06d", i), Segment.SIX_M, "75011", "Paris",
                    OmegaSimulator.DEMO_NUMERO_CAD));
        }
        // slow creations widen the window between "received" and "answer recorded"; lost answers give UNCERTAIN
        for (int i = 0; i < 20; i += 4) {
            sim.force(String.format("GJ%06d", i), ForcedAnswer.delay(Duration.ofMillis(250))
                    .onlyFor(Operation.CREER_DEMANDE_DIT));
        }
        sim.force("GJ000001", ForcedAnswer.answerLost().onlyFor(Operation.CREER_DEMANDE_DIT).times(2));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void killedAtRandomInstants_neverCreatesTwice_andLosesNothing() throws Exception {
        long seed = Long.getLong("campagne.crash.seed", System.nanoTime());
        System.out.println("CampagneCrashTest seed " + seed + " (replay with -Dcampagne.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path csv = dir.resolve("crash.csv");
        StringBuilder sb = new StringBuilder("reference;pce;code;motif;date;plage\n");
        for (int i = 0; i < DEMANDES; i++) {
            LocalDate date = TODAY.plusDays(7 + i % 20);
            if (i % 10 < 7) {
                sb.append("CR-").append(i).append(";GJ").append(String.format("%06d", i % 20)).append(";206;;")
                        .append(date).append(";\n");
            } else {
                sb.append("CR-").append(i).append(";GM").append(String.format("%06d", i % 20)).append(";34;23;")
                        .append(date).append(";").append(i % 2 == 0 ? "MATIN" : "APRES-MIDI").append("\n");
            }
        }
        Files.writeString(csv, sb);
        Path journalFile = dir.resolve("crash.db");
        String[] args = {csv.toString(), "--journal", journalFile.toString(), "--concurrency", "4", "--rate", "100",
            "--progress", "none"};

        int kills = 0;
        for (int attempt = 0; attempt < KILLS * 3 && kills < KILLS; attempt++) {
            long t0 = System.nanoTime();
            int before = sim.calls().size();
            CampagneProcess child = CampagneProcess.start(sim.url(), dir, Map.of(), args);
            assertThat(child.awaitStarted(30)).as(child.err()).isTrue();
            // kill while it works: once its calls arrive, at a random instant of the next half second
            while (sim.calls().size() < before + 4 && child.isAlive()) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(500));
            if (child.kill()) {
                kills++;
            }
            System.out.printf("CampagneCrashTest: attempt %d, %d calls, %d ms%n", attempt, sim.calls().size()
                    - before, (System.nanoTime() - t0) / 1_000_000);
        }
        CampagneProcess last = CampagneProcess.start(sim.url(), dir, Map.of(), args);
        int code = last.await(60);

        assertThat(kills).as("SIGKILLs while the campaign ran").isGreaterThanOrEqualTo(5);
        Map<String, List<SimulatedDemande>> created = sim.demandes().stream()
                .filter(d -> d.referenceDemande() != null)
                .collect(Collectors.groupingBy(SimulatedDemande::referenceDemande));
        assertThat(created).allSatisfy((ref, list) -> assertThat(list).as(ref).hasSize(1));
        int uncertainReached = 0;
        int uncertainNotReached = 0;
        try (Journal journal = Journal.sqlite(journalFile)) {
            List<Resultat> all = journal.demandes("crash");
            assertThat(all).hasSize(DEMANDES);
            for (Resultat r : all) {
                List<SimulatedDemande> atOmega = created.getOrDefault(r.referenceDemande(), List.of());
                if (r.statut() == Statut.UNCERTAIN) {
                    assertThat(r.numeroDemande()).as(r.referenceDemande()).isNull();
                    if (atOmega.isEmpty()) {
                        uncertainNotReached++;
                    } else {
                        uncertainReached++;
                    }
                } else {
                    assertThat(r.statut().isFinished()).as(r.toString()).isTrue();
                    assertThat(atOmega).as(r.referenceDemande() + " finished: created exactly once").hasSize(1);
                    assertThat(r.numeroDemande()).isEqualTo(atOmega.get(0).numeroDemande());
                }
            }
            long uncertain = all.stream().filter(r -> r.statut() == Statut.UNCERTAIN).count();
            System.out.printf("CampagneCrashTest: %d kills, %d UNCERTAIN (%d reached the simulator, %d did not), "
                    + "exit %d%n", kills, uncertain, uncertainReached, uncertainNotReached, code);
            assertThat(code).isEqualTo(uncertain > 0 ? 5 : 0);
            assertThat(uncertainReached).as("the lost answers of GJ000001 at least").isGreaterThanOrEqualTo(1);

            for (Resultat r : journal.demandes("crash", Statut.UNCERTAIN)) {
                List<SimulatedDemande> atOmega = created.getOrDefault(r.referenceDemande(), List.of());
                if (atOmega.isEmpty()) {
                    journal.marquerNonTrouvee("crash", r.referenceDemande());
                } else {
                    journal.marquerTrouvee("crash", r.referenceDemande(), atOmega.get(0).numeroDemande());
                }
            }
        }
        sim.clearForced();
        // the reconciled rest, in this JVM through the library: the same journal, the same guarantees
        try (Journal journal = Journal.sqlite(journalFile); DitClient client = DitClient.builder()
                .endpoint(sim.url()).dnEntreprise(OmegaSimulator.DEMO_DN_ENTREPRISE)
                .numeroCad(OmegaSimulator.DEMO_NUMERO_CAD).login(OmegaSimulator.DEMO_LOGIN).build()) {
            Progress end = Campagne.builder().nom("crash").client(client).journal(journal).concurrency(4).build()
                    .run();
            assertThat(end.finished()).isEqualTo(DEMANDES);
        }
        Map<String, Long> finalCount = sim.demandes().stream().filter(d -> d.referenceDemande() != null)
                .collect(Collectors.groupingBy(SimulatedDemande::referenceDemande, Collectors.counting()));
        assertThat(finalCount).hasSize(DEMANDES).allSatisfy((ref, n) -> assertThat(n).as(ref).isEqualTo(1L));
        try (Journal journal = Journal.sqlite(journalFile)) {
            assertThat(journal.demandes("crash")).allMatch(r -> r.statut().isFinished(), "finished");
        }
    }
}

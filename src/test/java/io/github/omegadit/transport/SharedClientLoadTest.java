/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.transport;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DmdOkDD;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.RdvReponse;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.SimulatedDemande;
import io.github.omegadit.simulator.StatutDemande;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One client shared by 32 threads running 100 dialogues each against the simulator; close() leaves nothing behind. */
class SharedClientLoadTest {

    static final int THREADS = 32;
    static final int DIALOGUES = 100;
    static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    /** What one dialogue ended in, as its own thread saw it. */
    record Outcome(String reference, String numeroDemande, StatutDemande expected) {}

    @Test
    void sharedBy32Threads_x100Dialogues_noCrossTalk_thenCloseLeavesNoThreadOrConnection() throws Exception {
        Set<String> threadsBefore = threadNames();
        try (OmegaSimulator sim = OmegaSimulator.builder().today(LocalDate.of(2026, 12, 14)).build().start()) {
            DitClient client = DitClient.builder().endpoint(sim.url())
                    .dnEntreprise(OmegaSimulator.DEMO_DN_ENTREPRISE).numeroCad(OmegaSimulator.DEMO_NUMERO_CAD)
                    .login(OmegaSimulator.DEMO_LOGIN).build();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Outcome> outcomes = new ArrayList<>();
            try {
                List<Future<List<Outcome>>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> runDialogues(client, thread)));
                }
                for (Future<List<Outcome>> f : futures) {
                    outcomes.addAll(f.get());
                }
            } finally {
                pool.shutdownNow();
                client.close();
            }

            assertThat(outcomes).hasSize(THREADS * DIALOGUES);
            assertThat(outcomes.stream().map(Outcome::numeroDemande).distinct()).hasSize(THREADS * DIALOGUES);
            Map<String, SimulatedDemande> byNumero = sim.demandes().stream()
                    .collect(Collectors.toMap(SimulatedDemande::numeroDemande, Function.identity()));
            for (Outcome o : outcomes) {
                SimulatedDemande d = byNumero.get(o.numeroDemande());
                assertThat(d).as(o.toString()).isNotNull();
                assertThat(d.referenceDemande()).as("demande %s", o.numeroDemande()).isEqualTo(o.reference());
                assertThat(d.statut()).as("demande %s", o.numeroDemande()).isEqualTo(o.expected());
            }

            awaitNoEstablishedConnection(sim.port());
        }
        awaitNoThreads(threadsBefore);
    }

    static List<Outcome> runDialogues(DitClient client, int thread) {
        List<Outcome> out = new ArrayList<>(DIALOGUES);
        String[] pces = {OmegaSimulator.PCE_6M, OmegaSimulator.PCE_1M, OmegaSimulator.PCE_JJ};
        for (int n = 0; n < DIALOGUES; n++) {
            String pce = pces[(thread + n) % 3];
            String reference = "T" + thread + "-" + n;
            Dialogue d = client.newDialogue();
            d.verifierRecevabilite(VerifierRecevabilite.pce(pce));
            CreerDemande.Builder b = CreerDemande.builder().numeroPce(pce).referenceDemande(reference)
                    .contact(new ContactIntervention("Martin", "0612345678", null, null));
            if (pce.equals(OmegaSimulator.PCE_JJ)) {
                b.codeIntervention("206").rdvDate(MONDAY.plusWeeks(n % 8));
            } else {
                b.codeIntervention("34").codeMotif("23").rdv(MONDAY.plusWeeks(n % 8), "APRES-MIDI");
            }
            CreationReponse created = d.creerDemande(b.build());
            String numero = d.numeroDemande().orElseThrow();
            if (created instanceof DmdOkDD) {
                out.add(new Outcome(reference, numero, StatutDemande.ENREGISTREE_A_DATE_DEMANDEE));
            } else if (pce.equals(OmegaSimulator.PCE_1M)) {
                assertThat(d.abandonnerRdv()).isInstanceOf(DmdOkDD.class);
                out.add(new Outcome(reference, numero, StatutDemande.ENREGISTREE_A_DATE_DEMANDEE));
            } else {
                DatePlage slot = created instanceof DatePlageH h ? h.dateProgrammee().datePlage()
                        : ((ListeDP) created).creneaux().get(0);
                RdvReponse booked = d.accepterRdv(slot);
                // another thread may take the slot first: OMEGA then offers a new list
                for (int retry = 0; booked instanceof ListeDP l && retry < 20; retry++) {
                    booked = d.accepterRdv(l.creneaux().get(0));
                }
                assertThat(booked).isInstanceOf(DmdOkDP.class);
                out.add(new Outcome(reference, numero, StatutDemande.RDV_PROGRAMME));
            }
        }
        return out;
    }

    static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** Waits up to 10 s for every thread of ours (deadline watchdog, HTTP client selector) started since to end. */
    static void awaitNoThreads(Set<String> before) throws InterruptedException {
        Set<String> ours = Set.of();
        for (int i = 0; i < 100; i++) {
            ours = threadNames().stream().filter(n -> !before.contains(n))
                    .filter(n -> n.startsWith("omega-dit") || n.startsWith("HttpClient"))
                    .collect(Collectors.toSet());
            if (ours.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(ours).as("threads left after close()").isEmpty();
    }

    /** Waits up to 10 s until /proc/net/tcp shows no established connection to or from the simulator's port. */
    static void awaitNoEstablishedConnection(int port) throws Exception {
        long established = 0;
        for (int i = 0; i < 100; i++) {
            established = established(port);
            if (established == 0) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(established).as("established connections on port %d after close()", port).isZero();
    }

    static long established(int port) throws Exception {
        String hexPort = String.format(":%04X", port);
        long count = 0;
        for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(file);
            if (!Files.exists(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && f[3].equals("01") && (f[1].endsWith(hexPort) || f[2].endsWith(hexPort))) {
                    count++;
                }
            }
        }
        return count;
    }
}

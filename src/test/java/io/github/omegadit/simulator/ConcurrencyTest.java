/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.omegadit.request.DatePlage;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Independent dialogues in parallel get their own answers, and bookings never exceed a slot's capacity. */
@OmegaSimulatorTest(today = "2026-11-30")
class ConcurrencyTest {

    static final int THREADS = 16;
    static final int DIALOGUES_PER_THREAD = 10;

    /** One dialogue: create, then accept the offered slot (or the first of the list) until programmed. */
    static List<String> dialogue(URI endpoint, int thread, int i) {
        List<String> log = new ArrayList<>();
        String reference = "T" + thread + "-" + i;
        String pce = thread % 2 == 0 ? OmegaSimulator.PCE_6M : OmegaSimulator.PCE_1M;
        String code = thread % 2 == 0 ? "34" : "Y9";
        String motif = thread % 2 == 0 ? "23" : "20";
        LocalDate date = LocalDate.of(2026, 12, 7).plusDays(thread % 5);
        Soap.Answer created = Soap.call(endpoint, Payload.creer(pce, null, code, motif, date, "FIN-MATINEE")
                .set("ReferenceDemande", reference));
        String numero = created.numeroDemande();
        assertThat(numero).isNotNull();
        DatePlage slot = created.codeRetour().equals("DatePlageH")
                ? new DatePlage(created.programmee().date(), created.programmee().plage())
                : created.liste().get(0);
        for (int attempt = 0; attempt < 50; attempt++) {
            Soap.Answer a = Soap.call(endpoint, Payload.accepter(numero, slot.date(), slot.plage()));
            assertThat(a.numeroDemande()).as("answer to my own demande").isEqualTo(numero);
            if (a.codeRetour().equals("DmdOkDP")) {
                assertThat(a.programmee().date()).isEqualTo(slot.date());
                log.add(numero + " " + reference + " " + slot);
                return log;
            }
            assertThat(a.codeRetour()).isEqualTo("ListeDP");
            slot = a.liste().get(0);
        }
        throw new AssertionError("no slot could be booked for " + numero);
    }

    @Test
    void parallelDialogues_getTheirOwnAnswers_andNeverOverbook(OmegaSimulator sim, URI endpoint) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<String> done = new ArrayList<>();
                    for (int i = 0; i < DIALOGUES_PER_THREAD; i++) {
                        done.addAll(dialogue(endpoint, thread, i));
                    }
                    return done;
                }));
            }
            start.countDown();
            Set<String> numeros = new HashSet<>();
            for (Future<List<String>> f : futures) {
                for (String line : f.get(120, TimeUnit.SECONDS)) {
                    numeros.add(line.substring(0, line.indexOf(' ')));
                }
            }

            assertThat(numeros).hasSize(THREADS * DIALOGUES_PER_THREAD);
        } finally {
            pool.shutdownNow();
        }

        List<SimulatedDemande> demandes = sim.demandes();
        assertThat(demandes).hasSize(THREADS * DIALOGUES_PER_THREAD)
                .allSatisfy(d -> assertThat(d.statut()).isEqualTo(StatutDemande.RDV_PROGRAMME));
        assertThat(demandes).extracting(SimulatedDemande::referenceDemande).doesNotHaveDuplicates();
        Map<DatePlage, Integer> booked = new HashMap<>();
        for (SimulatedDemande d : demandes) {
            booked.merge(d.rdvProgramme(), 1, Integer::sum);
        }
        booked.forEach((slot, n) -> {
            int capacity = sim.plages().stream().filter(p -> p.code().equals(slot.plage())).findFirst()
                    .orElseThrow().capacite();
            assertThat(n).as("bookings in %s", slot).isLessThanOrEqualTo(capacity);
            assertThat(sim.remainingCapacity(slot.date(), slot.plage())).isEqualTo(capacity - n);
            assertThat(OmegaSimulator.isWorkingDay(slot.date())).isTrue();
        });
    }
}

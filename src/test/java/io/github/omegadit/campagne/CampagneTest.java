/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.campagne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omegadit.DitClient;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.simulator.ForcedAnswer;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.OmegaSimulatorTest;
import io.github.omegadit.simulator.SimulatedDemande;
import io.github.omegadit.simulator.StatutDemande;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@OmegaSimulatorTest(today = "2026-11-30")
class CampagneTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;
    Journal journal;

    @BeforeEach
    void open() {
        journal = Journal.sqlite(dir.resolve("journal.db"));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    static CreerDemande jj(String ref) {
        return CreerDemande.builder().referenceDemande(ref).numeroPce(OmegaSimulator.PCE_JJ).codeIntervention("206")
                .rdvDate(MONDAY).build();
    }

    static CreerDemande sixM(String ref, int day) {
        return CreerDemande.builder().referenceDemande(ref).numeroPce(OmegaSimulator.PCE_6M).codeIntervention("34")
                .codeMotif("23").rdv(MONDAY.plusDays(day % 4), "MATIN").build();
    }

    Campagne campagne(DitClient client, AppointmentPolicy policy, CampagneListener... listeners) {
        Campagne.Builder b = Campagne.builder().nom("c1").client(client).journal(journal).concurrency(4)
                .appointmentPolicy(policy);
        for (CampagneListener l : listeners) {
            b.listener(l);
        }
        return b.build();
    }

    static Map<String, List<SimulatedDemande>> byReference(OmegaSimulator sim) {
        return sim.demandes().stream().filter(d -> d.referenceDemande() != null)
                .collect(Collectors.groupingBy(SimulatedDemande::referenceDemande));
    }

    @Nested
    class Run {
        @Test
        void run_whenDemandesAreValid_createsEachOnceAndFinishesAll(DitClient client, OmegaSimulator sim) {
            List<CreerDemande> demandes = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                demandes.add(i % 2 == 0 ? jj("R" + i) : sixM("R" + i, i));
            }
            List<Resultat> told = new CopyOnWriteArrayList<>();

            Progress end = campagne(client, AppointmentPolicy.firstSlotOffered(), (r, p) -> told.add(r))
                    .run(demandes);

            assertThat(end.finished()).isEqualTo(30);
            assertThat(end.uncertain()).isZero();
            assertThat(told).hasSize(30).allMatch(r -> r.statut() == Statut.DONE);
            Map<String, List<SimulatedDemande>> atOmega = byReference(sim);
            assertThat(atOmega).hasSize(30).allSatisfy((ref, list) -> assertThat(list).hasSize(1));
            for (Resultat r : journal.demandes("c1")) {
                assertThat(r.numeroDemande()).isEqualTo(atOmega.get(r.referenceDemande()).get(0).numeroDemande());
                if (r.numeroPce().equals(OmegaSimulator.PCE_6M)) {
                    assertThat(r.codeRetour()).isEqualTo("DmdOkDP");
                    assertThat(r.rdv()).isEqualTo(atOmega.get(r.referenceDemande()).get(0).rdvProgramme());
                } else {
                    assertThat(r.codeRetour()).isEqualTo("DmdOkDD");
                }
            }
        }

        @Test
        void run_again_sendsNothingForFinishedDemandes(DitClient client, OmegaSimulator sim) {
            List<CreerDemande> demandes = List.of(jj("A"), sixM("B", 0), jj("C"));
            campagne(client, AppointmentPolicy.firstSlotOffered()).run(demandes);
            int calls = sim.calls().size();

            Progress again = campagne(client, AppointmentPolicy.firstSlotOffered()).run(demandes);

            assertThat(sim.calls()).hasSize(calls);
            assertThat(again.finished()).isEqualTo(3);
            assertThat(again.doneByThis()).isZero();
        }

        @Test
        void load_whenAReferenceComesBackWithOtherValues_reportsItAndRunsNothing(DitClient client, OmegaSimulator sim) {
            Campagne c = campagne(client, AppointmentPolicy.firstSlotOffered());
            c.load(List.of(jj("A")));

            assertThatThrownBy(() -> c.run(List.of(jj("A").toBuilder().rdvDate(MONDAY.plusDays(1)).build())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[A]");
            assertThat(sim.calls()).isEmpty();
        }

        @Test
        void load_whenAReferenceIsMissingOrTwice_refusesBeforeAnything(DitClient client) {
            Campagne c = campagne(client, AppointmentPolicy.firstSlotOffered());
            assertThatThrownBy(() -> c.load(List.of(jj(null)))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ReferenceDemande");
            assertThatThrownBy(() -> c.load(List.of(jj("A"), jj("A")))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("twice");
            assertThat(journal.demandes("c1")).isEmpty();
        }
    }

    @Nested
    class Policies {
        @Test
        void stopAtRequestedDate_endsWithDmdOkDDAndBooksNothing(DitClient client, OmegaSimulator sim) {
            campagne(client, AppointmentPolicy.stopAtRequestedDate()).run(List.of(sixM("S", 0)));

            Resultat r = journal.demande("c1", "S").orElseThrow();
            assertThat(r.statut()).isEqualTo(Statut.DONE);
            assertThat(r.codeRetour()).isEqualTo("DmdOkDD");
            assertThat(sim.demandes().get(0).statut()).isEqualTo(StatutDemande.ENREGISTREE_A_DATE_DEMANDEE);
            assertThat(sim.callCount(Operation.ACCEPTER_RDV)).isZero();
        }

        @Test
        void leaveAwaiting_leavesTheDemandeEnAttenteDeRdv(DitClient client, OmegaSimulator sim) {
            campagne(client, AppointmentPolicy.leaveAwaiting()).run(List.of(sixM("L", 0)));

            Resultat r = journal.demande("c1", "L").orElseThrow();
            assertThat(r.statut()).isEqualTo(Statut.LEFT_AWAITING);
            assertThat(r.numeroDemande()).isEqualTo(sim.demandes().get(0).numeroDemande());
            assertThat(sim.demandes().get(0).statut()).isEqualTo(StatutDemande.EN_ATTENTE_DE_RDV);
        }

        @Test
        void preferredPlage_booksASlotInThatPlage(DitClient client, OmegaSimulator sim) {
            campagne(client, AppointmentPolicy.preferredPlage("FIN-APRES-MIDI")).run(List.of(sixM("P", 0)));

            assertThat(sim.demandes().get(0).rdvProgramme().plage()).isEqualTo("FIN-APRES-MIDI");
            assertThat(journal.demande("c1", "P").orElseThrow().rdv().plage()).isEqualTo("FIN-APRES-MIDI");
        }
    }

    @Nested
    class Failures {
        @Test
        void refusals_areFinishedAndNeverRetried(DitClient client, OmegaSimulator sim) {
            CreerDemande unknownPce = jj("U").toBuilder().numeroPce(OmegaSimulator.PCE_INCONNU).build();
            CreerDemande badMotif = sixM("M", 0).toBuilder().codeMotif("99").build();

            Progress end = campagne(client, AppointmentPolicy.firstSlotOffered()).run(List.of(unknownPce, badMotif));

            assertThat(end.finished()).isEqualTo(2);
            assertThat(journal.demande("c1", "U").orElseThrow().statut()).isEqualTo(Statut.REFUSED);
            Resultat failed = journal.demande("c1", "M").orElseThrow();
            assertThat(failed.statut()).isEqualTo(Statut.FAILED);
            assertThat(failed.detail()).contains("R7");
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isZero();
        }

        @Test
        void answerLost_isUncertain_neverResent_andResumesOnceFound(DitClient client, OmegaSimulator sim) {
            sim.force(OmegaSimulator.PCE_6M, ForcedAnswer.answerLost().onlyFor(Operation.CREER_DEMANDE_DIT).times(1));
            Campagne c = campagne(client, AppointmentPolicy.firstSlotOffered());

            Progress first = c.run(List.of(sixM("X", 0)));
            Progress second = c.run();

            assertThat(first.uncertain()).isEqualTo(1);
            assertThat(second.uncertain()).isEqualTo(1);
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isEqualTo(1);
            String numero = sim.demandes().get(0).numeroDemande();

            journal.marquerTrouvee("c1", "X", numero);
            c.run();

            Resultat r = journal.demande("c1", "X").orElseThrow();
            assertThat(r.statut()).isEqualTo(Statut.DONE);
            assertThat(r.numeroDemande()).isEqualTo(numero);
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isEqualTo(1);
            assertThat(sim.demandes().get(0).statut()).isEqualTo(StatutDemande.RDV_PROGRAMME);
        }

        @Test
        void uncertain_markedNotFound_isCreatedByTheNextRun(DitClient client, OmegaSimulator sim) {
            sim.force(OmegaSimulator.PCE_JJ, ForcedAnswer.closeConnection().onlyFor(Operation.CREER_DEMANDE_DIT)
                    .times(1));
            Campagne c = campagne(client, AppointmentPolicy.firstSlotOffered());
            assertThat(c.run(List.of(jj("N"))).uncertain()).isEqualTo(1);
            assertThat(byReference(sim)).isEmpty();

            journal.marquerNonTrouvee("c1", "N");
            c.run();

            assertThat(journal.demande("c1", "N").orElseThrow().statut()).isEqualTo(Statut.DONE);
            assertThat(byReference(sim).get("N")).hasSize(1);
        }

        @Test
        void reconcile_refusesADemandeThatIsNotUncertain(DitClient client) {
            campagne(client, AppointmentPolicy.firstSlotOffered()).run(List.of(jj("D")));
            assertThatThrownBy(() -> journal.marquerNonTrouvee("c1", "D")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("DONE");
            assertThatThrownBy(() -> journal.marquerNonTrouvee("c1", "nope"))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void embeddedJournal_servesOneRunAtATime(DitClient client) {
            Campagne c = campagne(client, AppointmentPolicy.firstSlotOffered());
            c.load(List.of(jj("Z")));
            try (Journal other = Journal.sqlite(dir.resolve("journal.db"))) {
                CampagneRun running = c.start();
                try {
                    Campagne second = Campagne.builder().nom("c1").client(client).journal(other).build();
                    assertThatThrownBy(second::start).isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("in use by another campaign run");
                } finally {
                    running.await();
                }
            }
        }
    }
}

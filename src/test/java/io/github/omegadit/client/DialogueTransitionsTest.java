/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omegadit.Dialogue;
import io.github.omegadit.DialogueEvent;
import io.github.omegadit.DitClient;
import io.github.omegadit.ValidationMode;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.error.InvalidRequestException;
import io.github.omegadit.error.Violation;
import io.github.omegadit.protocol.DialogueState;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.protocol.Outcome;
import io.github.omegadit.protocol.Transition;
import io.github.omegadit.protocol.Transitions;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.simulator.ForcedAnswer;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.OmegaSimulatorTest;
import io.github.omegadit.support.TestRequests;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one transition table, the listener that hears every step, and a closed client. */
@OmegaSimulatorTest(today = "2026-11-30")
class DialogueTransitionsTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    static DitClient.Builder client(URI endpoint) {
        return DitClient.builder().endpoint(endpoint).dnEntreprise(OmegaSimulator.DEMO_DN_ENTREPRISE)
                .numeroCad(OmegaSimulator.DEMO_NUMERO_CAD).login(OmegaSimulator.DEMO_LOGIN);
    }

    static CreerDemande demande() {
        return CreerDemande.builder().numeroPce(OmegaSimulator.PCE_6M).referenceDemande("CRM-7")
                .codeIntervention("34").codeMotif("23").rdv(MONDAY, "MATIN").build();
    }

    @Nested
    class Table {

        @Test
        void allowedCalls_areTheRowsOfEachState() {
            assertThat(DialogueState.NEW.allowed()).containsExactly(Operation.VERIFIER_RECEVABILITE_DIT);
            assertThat(DialogueState.RECEIVABLE.allowed()).containsExactly(Operation.CREER_DEMANDE_DIT);
            assertThat(DialogueState.AWAITING_APPOINTMENT.allowed()).containsExactlyInAnyOrder(
                    Operation.PROPOSER_DATE_PLAGE, Operation.DEMANDER_PREC_SUIV, Operation.ACCEPTER_RDV,
                    Operation.ABANDONNER_RDV, Operation.ABANDONNER_DEMANDE);
            for (DialogueState terminal : EnumSet.of(DialogueState.REFUSED, DialogueState.DONE,
                    DialogueState.ABANDONED, DialogueState.OUTCOME_UNKNOWN)) {
                assertThat(terminal.isTerminal()).as(terminal.name()).isTrue();
            }
        }

        @Test
        void onlyTheCreation_hasANoAnswerRow_and_itNeverLeadsBackToACreation() {
            assertThat(Transitions.all()).filteredOn(t -> t.outcome() == Outcome.NO_ANSWER)
                    .extracting(Transition::operation).containsOnly(Operation.CREER_DEMANDE_DIT);
            assertThat(Transitions.all()).filteredOn(t -> t.from() != DialogueState.NEW)
                    .extracting(Transition::to).doesNotContain(DialogueState.RECEIVABLE, DialogueState.NEW);
        }

        @Test
        void anUnclassifiedAnswer_toAnyCall_endsInOutcomeUnknown() {
            for (Transition t : Transitions.all()) {
                if (t.outcome() == Outcome.UNCLASSIFIED) {
                    assertThat(t.to()).as(t.toString()).isEqualTo(DialogueState.OUTCOME_UNKNOWN);
                }
            }
            assertThat(Transitions.of(DialogueState.RECEIVABLE, Operation.CREER_DEMANDE_DIT,
                    Outcome.P_WITHOUT_NUMERO_DEMANDE).to()).isEqualTo(DialogueState.OUTCOME_UNKNOWN);
        }

        @Test
        void aCallOutsideTheTable_hasNoRow() {
            assertThatThrownBy(() -> Transitions.of(DialogueState.DONE, Operation.ACCEPTER_RDV, Outcome.T))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no transition from DONE");
        }
    }

    @Nested
    class Listener {

        @Test
        void hearsEveryStep_withItsRow_answer_andKeys(URI endpoint) {
            List<DialogueEvent> events = new CopyOnWriteArrayList<>();
            try (DitClient client = client(endpoint).listener(events::add).build()) {
                Dialogue dit = client.newDialogue();
                dit.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));
                DatePlageH h = (DatePlageH) dit.creerDemande(demande());
                dit.accepterRdv(h.dateProgrammee().datePlage());
            }

            assertThat(events).extracting(DialogueEvent::transition).containsExactly(
                    new Transition(DialogueState.NEW, Operation.VERIFIER_RECEVABILITE_DIT, Outcome.P,
                            DialogueState.RECEIVABLE),
                    new Transition(DialogueState.RECEIVABLE, Operation.CREER_DEMANDE_DIT, Outcome.P,
                            DialogueState.AWAITING_APPOINTMENT),
                    new Transition(DialogueState.AWAITING_APPOINTMENT, Operation.ACCEPTER_RDV, Outcome.T,
                            DialogueState.DONE));
            assertThat(events).allSatisfy(e -> assertThat(e.numeroPce()).isEqualTo(OmegaSimulator.PCE_6M));
            assertThat(events.get(0).numeroDemande()).isNull();
            assertThat(events.get(1).numeroDemande()).isNotNull().isEqualTo(events.get(2).numeroDemande());
            assertThat(events.get(1).referenceDemande()).isEqualTo("CRM-7");
            assertThat(events.get(2).reponse().codeRetour()).isEqualTo("DmdOkDP");
        }

        @Test
        void hearsACreationWithoutAnswer_asNoAnswer(URI endpoint, OmegaSimulator sim) {
            sim.force(OmegaSimulator.PCE_6M, ForcedAnswer.answerLost().onlyFor(Operation.CREER_DEMANDE_DIT));
            List<DialogueEvent> events = new CopyOnWriteArrayList<>();
            try (DitClient client = client(endpoint).listener(events::add).build()) {
                Dialogue dit = client.newDialogue();
                dit.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));
                assertThat(dit.creerDemande(demande())).isInstanceOf(ResultatIncertain.class);
            }

            assertThat(events).last().satisfies(e -> {
                assertThat(e.transition().outcome()).isEqualTo(Outcome.NO_ANSWER);
                assertThat(e.transition().to()).isEqualTo(DialogueState.OUTCOME_UNKNOWN);
                assertThat(e.reponse()).isInstanceOf(ResultatIncertain.class);
                assertThat(e.referenceDemande()).isEqualTo("CRM-7");
            });
        }

        @Test
        void thatThrows_isIgnored_andTheNextOneStillHears(URI endpoint) {
            List<DialogueEvent> events = new CopyOnWriteArrayList<>();
            try (DitClient client = client(endpoint).listener(e -> {
                throw new IllegalStateException("journal down");
            }).listener(events::add).build()) {
                Dialogue dit = client.newDialogue();
                dit.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));

                assertThat(dit.state()).isEqualTo(DialogueState.RECEIVABLE);
            }
            assertThat(events).hasSize(1);
        }
    }

    @Nested
    class Contract {

        /** CONTRACT rules are checked in every mode, with the same messages. */
        @ParameterizedTest
        @EnumSource(ValidationMode.class)
        void missingRequiredFields_areRefused_withTheSameViolations_inEveryMode(ValidationMode mode, URI endpoint,
                OmegaSimulator sim) {
            try (DitClient client = client(endpoint).validationMode(mode).build()) {
                Dialogue dit = client.newDialogue();
                dit.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));
                CreerDemande incomplete = CreerDemande.builder().numeroPce(OmegaSimulator.PCE_6M).build();

                assertThatThrownBy(() -> dit.creerDemande(incomplete)).isInstanceOfSatisfying(
                        InvalidRequestException.class, e -> assertThat(e.violations())
                                .filteredOn(v -> v.ruleId().equals("CONTRACT"))
                                .extracting(Violation::field, Violation::message)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "Demande.DonneesTypeDemande.CodeLibelleIntervention",
                                                "CodeLibelleIntervention is mandatory: choose an intervention code of"
                                                        + " Annexe B (or of the receivability answer for this PCE)"),
                                        org.assertj.core.groups.Tuple.tuple("Demande.RdvDemande.Date",
                                                "RdvDemande.Date is mandatory: the first appointment date wished")));
                assertThatThrownBy(() -> client.newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(" ")))
                        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                                .extracting(Violation::message).contains(
                                        "NumeroPCE is mandatory: give the number of the PCE the demande is about"));
            }
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isZero();
        }
    }

    @Nested
    class Closed {

        @Test
        void aClosedClient_refusesNewDialogues_andCallsOfOpenOnes_withNothingSent(URI endpoint, OmegaSimulator sim) {
            DitClient client = client(endpoint).build();
            Dialogue open = client.newDialogue();
            client.close();
            client.close();

            assertThat(client.isClosed()).isTrue();
            assertThatThrownBy(client::newDialogue).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is closed");
            assertThatThrownBy(() -> client.resume(TestRequests.NUMERO)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> open.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
            assertThat(open.state()).isEqualTo(DialogueState.NEW);
            assertThat(sim.calls()).isEmpty();
        }

        @Test
        void nullArguments_areIllegalArguments_namingTheArgument(URI endpoint) {
            try (DitClient client = client(endpoint).build()) {
                Dialogue dit = client.newDialogue();
                assertThatThrownBy(() -> dit.verifierRecevabilite(null)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("request");
                assertThatThrownBy(() -> client.resume(TestRequests.NUMERO).accepterRdv(null))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slot");
                assertThatThrownBy(() -> DitClient.builder().endpoint((String) null))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endpoint");
                assertThatThrownBy(() -> DitClient.builder().endpoint("not a url at all"))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endpoint");
            }
        }
    }
}

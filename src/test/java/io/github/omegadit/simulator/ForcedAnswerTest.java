/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import io.github.omegadit.answer.AnnexeA;
import static io.github.omegadit.simulator.OmegaSimulator.PCE_6M;
import static io.github.omegadit.simulator.OmegaSimulator.PCE_JJ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.omegadit.protocol.Operation;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Forced answers per PCE; uses the programmatic form of the extension. */
class ForcedAnswerTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @RegisterExtension
    static final OmegaSimulatorExtension SIM = OmegaSimulatorExtension.builder()
            .today(LocalDate.of(2026, 11, 30))
            .build();

    static Soap.Answer call(Payload p) {
        return Soap.call(SIM.url(), p);
    }

    static Payload creer6M() {
        return Payload.creer(PCE_6M, "75011", "34", "23", MONDAY, "MATIN");
    }

    @Nested
    class DmdKo {

        @Test
        void force_dmdKo_answersEveryCallOfThePceWithTheMessages() {
            SIM.simulator().force(PCE_6M, ForcedAnswer.dmdKo(AnnexeA.Libelle.SERVICE_INDISPONIBLE.texte(),
                    AnnexeA.Libelle.DEMANDE_NON_RECEVABLE.avec("E042")));

            Soap.Answer verifier = call(Payload.verifier(PCE_6M, "75011"));
            Soap.Answer creer = call(creer6M());

            for (Soap.Answer a : new Soap.Answer[] {verifier, creer}) {
                assertThat(a.typeRetour()).isEqualTo("A");
                assertThat(a.codeRetour()).isEqualTo("DmdKo");
                assertThat(a.messages()).containsExactly(AnnexeA.Libelle.SERVICE_INDISPONIBLE.texte(),
                        "Demande non recevable : E042");
            }
            // OMEGA records a refused receivability check (status 23); a refused creation creates nothing
            assertThat(SIM.simulator().demandes()).singleElement().satisfies(d -> {
                assertThat(d.statut()).isEqualTo(StatutDemande.DEMANDE_NON_VALIDEE);
                assertThat(d.codeIntervention()).isNull();
            });
            assertThat(SIM.simulator().calls()).extracting(RecordedCall::codeRetour).containsExactly("DmdKo", "DmdKo");
            assertThat(call(Payload.verifier(PCE_JJ, null)).codeRetour()).isEqualTo("Message");
        }

        @Test
        void force_onlyForAnOperationAndOnce_thenTheDialogueRunsAgain() {
            SIM.simulator().force(PCE_6M, ForcedAnswer.dmdKo(AnnexeA.Libelle.MAINTENANCE.texte())
                    .onlyFor(Operation.CREER_DEMANDE_DIT).times(1));

            assertThat(call(Payload.verifier(PCE_6M, null)).codeRetour()).isEqualTo("Message");
            assertThat(call(creer6M()).messages()).containsExactly(AnnexeA.Libelle.MAINTENANCE.texte());
            assertThat(call(creer6M()).codeRetour()).isEqualTo("DatePlageH");
        }

        @Test
        void force_onAppointmentCalls_findsThePceThroughTheDemande() {
            String numero = call(creer6M()).numeroDemande();
            SIM.simulator().force(PCE_6M, ForcedAnswer.dmdKo(AnnexeA.Libelle.ETAT_CAD_INVALIDE.texte())
                    .onlyFor(Operation.ACCEPTER_RDV));

            Soap.Answer a = call(Payload.accepter(numero, MONDAY, "MATIN"));

            assertThat(a.element()).isEqualTo("ReponseWSAccepterRdv");
            assertThat(a.messages()).containsExactly("Etat du CAD invalide");
            assertThat(a.numeroDemande()).isEqualTo(numero);
            assertThat(SIM.simulator().demande(numero)).get().extracting(SimulatedDemande::statut)
                    .isEqualTo(StatutDemande.EN_ATTENTE_DE_RDV);
        }

        @Test
        void clearForced_letsTheDialogueAnswerAgain() {
            SIM.simulator().force(PCE_6M, ForcedAnswer.dmdKo("x")).clearForced(PCE_6M);

            assertThat(call(Payload.verifier(PCE_6M, null)).codeRetour()).isEqualTo("Message");
        }
    }

    @Nested
    class Transport {

        @Test
        void force_httpStatus_answersThatStatusAndBody() throws Exception {
            SIM.simulator().force(PCE_6M, ForcedAnswer.httpStatus(503, "Service Unavailable - proxy"));

            HttpResponse<String> r = Soap.HTTP.send(Soap.request(SIM.url(), creer6M().envelope()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).isEqualTo("Service Unavailable - proxy");
            assertThat(SIM.simulator().calls()).singleElement().extracting(RecordedCall::codeRetour)
                    .isEqualTo("HTTP 503");
            assertThat(SIM.simulator().demandes()).isEmpty();
        }

        @Test
        void force_closeConnection_hangsUpWithoutAnswer() {
            SIM.simulator().force(PCE_6M, ForcedAnswer.closeConnection().times(1));

            assertThatThrownBy(() -> Soap.HTTP.send(Soap.request(SIM.url(), creer6M().envelope()).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);

            assertThat(SIM.simulator().calls()).singleElement().satisfies(c -> {
                assertThat(c.operation()).isEqualTo(Operation.CREER_DEMANDE_DIT);
                assertThat(c.codeRetour()).isEqualTo("closed");
            });
            assertThat(SIM.simulator().demandes()).isEmpty();
            assertThat(call(creer6M()).codeRetour()).isEqualTo("DatePlageH");
        }

        @Test
        void force_answerLost_createsTheDemandeAndHangsUp() {
            SIM.simulator().force(PCE_6M, ForcedAnswer.answerLost().onlyFor(Operation.CREER_DEMANDE_DIT));

            assertThatThrownBy(() -> Soap.HTTP.send(Soap.request(SIM.url(),
                    creer6M().set("ReferenceDemande", "CRM-LOST-1").envelope()).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);

            assertThat(SIM.simulator().demandes()).singleElement().satisfies(d -> {
                assertThat(d.referenceDemande()).isEqualTo("CRM-LOST-1");
                assertThat(d.statut()).isEqualTo(StatutDemande.EN_ATTENTE_DE_RDV);
            });
            assertThat(SIM.simulator().calls()).singleElement().extracting(RecordedCall::codeRetour)
                    .isEqualTo("DatePlageH");
        }

        @Test
        void force_delay_answersNormallyAfterTheDelay() {
            SIM.simulator().force(PCE_JJ, ForcedAnswer.delay(Duration.ofMillis(400)));

            long start = System.nanoTime();
            Soap.Answer a = call(Payload.verifier(PCE_JJ, null));
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

            assertThat(a.codeRetour()).isEqualTo("Message");
            assertThat(elapsedMillis).isGreaterThanOrEqualTo(400);
        }

        @Test
        void force_dmdKoAfterADelay_waitsThenRefuses() {
            SIM.simulator().force(PCE_JJ, ForcedAnswer.dmdKo("late").after(Duration.ofMillis(200)));

            long start = System.nanoTime();
            assertThat(call(Payload.verifier(PCE_JJ, null)).messages()).containsExactly("late");
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(200);
        }
    }

    @Nested
    class Scope {

        @Test
        void forDemande_appliesToThatDemandeOnly() {
            String first = call(creer6M()).numeroDemande();
            String second = call(creer6M()).numeroDemande();
            SIM.simulator().force(ForcedAnswer.dmdKo(AnnexeA.Libelle.ETAT_CAD_INVALIDE.texte()).forDemande(first));

            assertThat(call(Payload.accepter(first, MONDAY, "MATIN")).codeRetour()).isEqualTo("DmdKo");
            assertThat(call(Payload.accepter(second, MONDAY, "MATIN")).codeRetour()).isEqualTo("DmdOkDP");
        }

        @Test
        void theLastForced_wins_andAnEarlierOneAppliesAgainOnceItIsUsedUp() {
            SIM.simulator().force(PCE_JJ, ForcedAnswer.dmdKo("first"));
            SIM.simulator().force(ForcedAnswer.dmdKo("second").onlyFor(Operation.VERIFIER_RECEVABILITE_DIT).times(2));

            assertThat(SIM.simulator().forced()).extracting(ForcedAnswer::messages, ForcedAnswer::times)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(java.util.List.of("second"), 2),
                            org.assertj.core.groups.Tuple.tuple(java.util.List.of("first"), 0));
            assertThat(call(Payload.verifier(PCE_JJ, null)).messages()).containsExactly("second");
            assertThat(SIM.simulator().forced().get(0).times()).as("uses left").isEqualTo(1);
            assertThat(call(Payload.verifier(PCE_6M, null)).messages()).containsExactly("second");
            assertThat(call(Payload.verifier(PCE_JJ, null)).messages()).containsExactly("first");
            assertThat(call(Payload.verifier(PCE_6M, null)).codeRetour()).isEqualTo("Message");
        }

        @Test
        void clearForcedOfAPce_dropsOnlyThatPcesAnswers() {
            SIM.simulator().force(PCE_JJ, ForcedAnswer.dmdKo("jj")).force(PCE_6M, ForcedAnswer.dmdKo("6m"));

            SIM.simulator().clearForced(PCE_JJ);

            assertThat(call(Payload.verifier(PCE_JJ, null)).codeRetour()).isEqualTo("Message");
            assertThat(call(Payload.verifier(PCE_6M, null)).messages()).containsExactly("6m");
        }

        @Test
        void reset_dropsEveryForcedAnswer() {
            SIM.simulator().force(ForcedAnswer.dmdKo("x"));

            SIM.simulator().reset();

            assertThat(SIM.simulator().forced()).isEmpty();
            assertThat(call(Payload.verifier(PCE_JJ, null)).codeRetour()).isEqualTo("Message");
        }
    }

    @Nested
    class Values {

        @Test
        void answer_fillsInTheRowsTextOfAnnexeA_whenNoMessageIsGiven() {
            ForcedAnswer f = ForcedAnswer.answer(new io.github.omegadit.answer.Message(null, "M7", null, null,
                    java.util.List.of(), java.util.List.of()));

            assertThat(f.messages()).containsExactly(AnnexeA.Libelle.RDV_DATE_DEMANDEE_POURSUIVRE.avec("M7"));
            assertThat(f.operations()).containsExactly(Operation.CREER_DEMANDE_DIT);
            assertThat(f.kind()).isEqualTo(ForcedAnswer.Kind.ANSWER);
        }

        @Test
        void answer_refusesWhatTheClientCouldNotReadBack() {
            assertThatThrownBy(() -> ForcedAnswer.answer(new io.github.omegadit.answer.ResultatIncertain(PCE_6M,
                    "R", null))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("answerLost()");
            assertThatThrownBy(() -> ForcedAnswer.answer(new io.github.omegadit.answer.DatePlageH(null, null, null,
                    java.util.List.of(), java.util.List.of()))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("DateProgrammee");
            assertThatThrownBy(() -> ForcedAnswer.answer(new io.github.omegadit.answer.DmdOkDD(null, null, "M1", null,
                    java.util.List.of(), java.util.List.of(AnnexeA.Libelle.RDV_DATE_DEMANDEE_CODE.avec("M2")))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'M1'")
                    .hasMessageContaining("'M2'");
            assertThatThrownBy(() -> ForcedAnswer.soapFault(" ", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ForcedAnswer.closeConnection().forPce(" "))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void forcedAnswer_validatesItsArguments() {
            assertThatThrownBy(() -> ForcedAnswer.dmdKo()).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ForcedAnswer.httpStatus(99, "")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ForcedAnswer.delay(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ForcedAnswer.closeConnection().times(0))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void forcedAnswer_describesItself() {
            ForcedAnswer f = ForcedAnswer.httpStatus(502, "bad gateway").after(Duration.ofSeconds(2))
                    .onlyFor(Operation.ACCEPTER_RDV).times(3);

            assertThat(f.kind()).isEqualTo(ForcedAnswer.Kind.HTTP_STATUS);
            assertThat(f.appliesTo(Operation.ACCEPTER_RDV)).isTrue();
            assertThat(f.appliesTo(Operation.CREER_DEMANDE_DIT)).isFalse();
            assertThat(f).hasToString("HTTP_STATUS 502 after PT2S for [AccepterRdv] x3");
            assertThat(f.httpBody()).isEqualTo("bad gateway");
            assertThat(f.reponse()).isEmpty();
        }
    }
}

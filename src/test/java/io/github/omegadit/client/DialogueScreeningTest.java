/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.omegadit.Dialogue;
import io.github.omegadit.DialogueEvent;
import io.github.omegadit.DitClient;
import io.github.omegadit.ValidationMode;
import io.github.omegadit.answer.CodeRetourInconnu;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.RecevabiliteReponse;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.error.InvalidRequestException;
import io.github.omegadit.error.Violation;
import io.github.omegadit.protocol.DialogueState;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.simulator.ForcedAnswer;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.OmegaSimulatorTest;
import io.github.omegadit.support.LogCapture;
import io.github.omegadit.support.Soap;
import io.github.omegadit.support.TestRequests;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a dialogue refuses, sends and remembers: the validation modes, its warnings and last answer, the checks of the
 * appointment calls, a closed client, a dialogue handed from one thread to another, and what listeners and logs see.
 */
@OmegaSimulatorTest(today = "2026-11-30")
class DialogueScreeningTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    static DitClient.Builder client(URI endpoint) {
        return DialogueTransitionsTest.client(endpoint);
    }

    static CreerDemande.Builder demande() {
        return CreerDemande.builder().numeroPce(OmegaSimulator.PCE_6M).referenceDemande("CRM-8")
                .codeIntervention("34").codeMotif("23").rdv(MONDAY, "MATIN");
    }

    static Dialogue receivable(DitClient client) {
        Dialogue dit = client.newDialogue();
        dit.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));
        return dit;
    }

    @Nested
    class ValidationModes {

        @Test
        void strict_sendsARequestWithOnlyWarnings_andKeepsThemInWarnings(URI endpoint, OmegaSimulator sim) {
            CreerDemande longName = demande().contact(new ContactIntervention("Jean-Christophe Martin-Dupont",
                    "0612345678", null, null)).build();
            try (DitClient client = client(endpoint).build()) {
                Dialogue dit = receivable(client);
                assertThat(dit.warnings()).isEmpty();

                assertThat(dit.creerDemande(longName)).isInstanceOf(DatePlageH.class);

                assertThat(dit.warnings()).singleElement().satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo("R11");
                    assertThat(v.field()).isEqualTo("Demande.ContactIntervention.Nom");
                    assertThat(v.isError()).isFalse();
                });
            }
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isEqualTo(1);
        }

        @Test
        void strict_refusesARuleError_beforeSending(URI endpoint, OmegaSimulator sim) {
            try (DitClient client = client(endpoint).build()) {
                Dialogue dit = receivable(client);

                assertThatThrownBy(() -> dit.creerDemande(demande().codeMotif("99").build()))
                        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                                .extracting(Violation::ruleId).containsExactly("R7"));
                assertThat(dit.state()).isEqualTo(DialogueState.RECEIVABLE);
            }
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isZero();
        }

        @Test
        void warnOnly_sendsARequestWithARuleError_andReportsItInWarnings(URI endpoint, OmegaSimulator sim) {
            try (DitClient client = client(endpoint).validationMode(ValidationMode.WARN_ONLY).build()) {
                Dialogue dit = receivable(client);

                dit.creerDemande(demande().codeMotif("99").build());

                assertThat(dit.warnings()).singleElement().satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo("R7");
                    assertThat(v.isError()).isTrue();
                });
            }
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isEqualTo(1);
        }

        @Test
        void warnOnly_stillRefusesADemandeForAnotherPceThanChecked(URI endpoint, OmegaSimulator sim) {
            try (DitClient client = client(endpoint).validationMode(ValidationMode.WARN_ONLY).build()) {
                Dialogue dit = receivable(client);

                assertThatThrownBy(() -> dit.creerDemande(demande().numeroPce(OmegaSimulator.PCE_6M_TLRV).build()))
                        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                                .extracting(Violation::ruleId, Violation::field)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("DIALOGUE",
                                        "Demande.NumeroPCE")));
            }
            assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT)).isZero();
        }
    }

    @Nested
    class AppointmentChecks {

        @Test
        void proposer_aBlankPlage_isRefusedBeforeSending(URI endpoint, OmegaSimulator sim) {
            try (DitClient client = client(endpoint).build()) {
                Dialogue dit = client.resume(TestRequests.NUMERO);

                assertThatThrownBy(() -> dit.proposerDatePlage(new DatePlage(MONDAY, " ")))
                        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                                .extracting(Violation::field).containsExactly("ProposerDatePlage.Plage"));
            }
            assertThat(sim.calls()).isEmpty();
        }

        @Test
        void proposer_withoutDateOrPlage_namesEachMissingField(URI endpoint, OmegaSimulator sim) {
            try (DitClient client = client(endpoint).build()) {
                Dialogue dit = client.resume(TestRequests.NUMERO);

                assertThatThrownBy(() -> dit.proposerDatePlage(null, null))
                        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                            assertThat(e.violations()).extracting(Violation::field)
                                    .containsExactly("ProposerDatePlage.Date", "ProposerDatePlage.Plage");
                            assertThat(e.numeroDemande()).contains(TestRequests.NUMERO);
                        });
                assertThatThrownBy(() -> dit.proposerDatePlage(MONDAY, null))
                        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                                .extracting(Violation::field).containsExactly("ProposerDatePlage.Plage"));
                assertThatThrownBy(() -> dit.proposerDatePlage(null, "MATIN"))
                        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                                .extracting(Violation::field).containsExactly("ProposerDatePlage.Date"));
            }
            assertThat(sim.calls()).isEmpty();
        }
    }

    @Nested
    class Memory {

        @Test
        void lastReponse_isTheLastAnswerOmegaGave_notTheMissingOne(URI endpoint, OmegaSimulator sim) {
            sim.force(OmegaSimulator.PCE_6M, ForcedAnswer.answerLost().onlyFor(Operation.CREER_DEMANDE_DIT));
            try (DitClient client = client(endpoint).build()) {
                Dialogue dit = client.newDialogue();
                assertThat(dit.lastReponse()).isEmpty();

                RecevabiliteReponse recevable = dit.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));
                assertThat(dit.lastReponse()).containsSame(recevable);

                assertThat(dit.creerDemande(demande().build())).isInstanceOf(ResultatIncertain.class);
                assertThat(dit.state()).isEqualTo(DialogueState.OUTCOME_UNKNOWN);
                assertThat(dit.lastReponse()).get().isInstanceOf(Recevable.class).isSameAs(recevable);
            }
        }

        @Test
        void toString_showsTheStateAndTheNumeroDemandeOnceKnown(URI endpoint) {
            try (DitClient client = client(endpoint).build()) {
                Dialogue dit = receivable(client);
                assertThat(dit).hasToString("Dialogue[RECEIVABLE]");

                dit.creerDemande(demande().build());

                assertThat(dit).hasToString("Dialogue[AWAITING_APPOINTMENT, " + dit.numeroDemande().orElseThrow()
                        + "]");
            }
        }
    }

    @Nested
    class ClosedClient {

        @Test
        void everyCall_failsAsClosed_evenOutOfSequenceOrInvalid(URI endpoint, OmegaSimulator sim) {
            DitClient client = client(endpoint).build();
            Dialogue fresh = client.newDialogue();
            Dialogue resumed = client.resume(TestRequests.NUMERO);
            client.close();

            assertThatThrownBy(() -> fresh.creerDemande(demande().build())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is closed: build a new client");
            assertThatThrownBy(() -> fresh.verifierRecevabilite(VerifierRecevabilite.pce(" ")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed: build a new client");
            assertThatThrownBy(() -> resumed.accepterRdv(new DatePlage(MONDAY, " ")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed: build a new client");
            assertThat(sim.calls()).isEmpty();
        }
    }

    @Nested
    class Threads {

        @Test
        void aDialogue_handedToAnotherThread_goesOnThere(URI endpoint) throws Exception {
            ExecutorService other = Executors.newSingleThreadExecutor();
            try (DitClient client = client(endpoint).build()) {
                Dialogue dit = receivable(client);
                assertThat(dit.state()).isEqualTo(DialogueState.RECEIVABLE);

                Future<DialogueState> there = other.submit(() -> {
                    dit.creerDemande(demande().build());
                    return dit.state();
                });

                assertThat(there.get(30, TimeUnit.SECONDS)).isEqualTo(DialogueState.AWAITING_APPOINTMENT);
                assertThat(dit.offeredSlots()).hasSize(1);
            } finally {
                other.shutdownNow();
            }
        }
    }

    @Nested
    class Observers {

        @Test
        void listener_hearsHowLongEachCallTook(URI endpoint) {
            List<DialogueEvent> events = new CopyOnWriteArrayList<>();
            try (DitClient client = client(endpoint).listener(events::add).build()) {
                Dialogue dit = client.newDialogue();
                long start = System.nanoTime();
                dit.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));
                Duration wall = Duration.ofNanos(System.nanoTime() - start);

                assertThat(events).singleElement().satisfies(e -> assertThat(e.duration())
                        .isPositive().isLessThanOrEqualTo(wall));
            }
        }

        @Test
        void debugLog_hasOneLinePerStateChange_andNoneForACallThatKeepsTheState(URI endpoint) {
            try (DitClient client = client(endpoint).build(); LogCapture logs = LogCapture.start()) {
                Dialogue dit = receivable(client);
                DatePlageH h = (DatePlageH) dit.creerDemande(demande().build());
                String numero = h.numeroDemande();
                dit.proposerDatePlage(MONDAY.plusDays(1), "MATIN");

                List<String> lines = logs.events().stream()
                        .filter(e -> e.getLoggerName().equals(Dialogue.class.getName()))
                        .filter(e -> e.getLevel() == Level.DEBUG).map(ILoggingEvent::getFormattedMessage).toList();
                assertThat(lines).containsExactly(
                        "dialogue null: NEW --VerifierRecevabiliteDIT/P--> RECEIVABLE",
                        "dialogue " + numero + ": RECEIVABLE --CreerDemandeDIT/P--> AWAITING_APPOINTMENT");
            }
        }
    }

    /** Answers the simulator never gives, from a stub server. */
    @Nested
    class UnusualAnswers {

        @RegisterExtension
        static WireMockExtension wm = WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

        @Test
        void aTypeRetourDialogueOutsidePAT_endsTheDialogueInOutcomeUnknown_keepingTheAnswerRaw() {
            wm.stubFor(post(urlEqualTo("/omega/CreerDIT")).withRequestBody(containing("RequeteWSAccepterRdv"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                            .withBody(Soap.dialogueAnswer("ReponseWSAccepterRdv", "Z", "DmdOkDP", null,
                                    "Le rendez-vous a été programmé avec succès."))));
            try (DitClient client = TestRequests.client(wm.baseUrl()).build()) {
                Dialogue dit = client.resume(TestRequests.NUMERO);

                Object answer = dit.accepterRdv(new DatePlage(MONDAY, "MATIN"));

                assertThat(answer).isInstanceOfSatisfying(CodeRetourInconnu.class, u -> {
                    assertThat(u.codeRetour()).isEqualTo("DmdOkDP");
                    assertThat(u.typeRetourDialogue()).isNull();
                });
                assertThat(dit.state()).isEqualTo(DialogueState.OUTCOME_UNKNOWN);
            }
        }
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omegadit.CallEvent;
import io.github.omegadit.CallObserver;
import io.github.omegadit.ClientHealth;
import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.RetryPolicy;
import io.github.omegadit.TlsConfig;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.error.DitServiceException.Failure;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.simulator.ForcedAnswer;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.OmegaSimulatorExtension;
import io.github.omegadit.support.TestPki;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The call observer SPI and the health snapshot, against the simulator: what metrics and health checks read. */
class CallObserverTest {

    @RegisterExtension
    static OmegaSimulatorExtension SIM = OmegaSimulatorExtension.builder().today(LocalDate.of(2026, 11, 30)).build();

    /** Records start and end, and the threads they ran on. */
    static final class Recorder implements CallObserver {
        final List<String> log = new CopyOnWriteArrayList<>();
        final List<CallEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public Call start(Operation operation) {
            Thread caller = Thread.currentThread();
            log.add("start " + operation.wsdlName());
            return event -> {
                log.add("end " + event.operation().wsdlName() + (Thread.currentThread() == caller ? "" : " ELSEWHERE"));
                events.add(event);
            };
        }
    }

    private static DitClient client(Consumer<DitClient.Builder> more) {
        DitClient.Builder b = DitClient.builder().endpoint(SIM.url())
                .dnEntreprise(OmegaSimulator.DEMO_DN_ENTREPRISE).numeroCad(OmegaSimulator.DEMO_NUMERO_CAD)
                .login(OmegaSimulator.DEMO_LOGIN).retry(RetryPolicy.defaults().withSleeper(RetryPolicy.Sleeper.NONE))
                .receiveTimeout(Duration.ofSeconds(5));
        more.accept(b);
        return b.build();
    }

    private static CreerDemande creation(String pce) {
        return CreerDemande.builder().numeroPce(pce).referenceDemande("CRM-OBS-1").codeIntervention("206")
                .rdvDate(LocalDate.of(2026, 12, 7)).build();
    }

    @Nested
    class Observer {

        @Test
        void answeredCalls_areStartedAndEndedOnTheCallingThread_withTheirOutcome() {
            Recorder r = new Recorder();
            try (DitClient client = client(b -> b.callObserver(r))) {
                Dialogue dit = client.newDialogue();
                dit.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ));
                dit.creerDemande(creation(OmegaSimulator.PCE_JJ));
            }
            assertThat(r.log).containsExactly("start VerifierRecevabiliteDIT", "end VerifierRecevabiliteDIT",
                    "start CreerDemandeDIT", "end CreerDemandeDIT");
            CallEvent verifier = r.events.get(0);
            assertThat(verifier.outcome()).isEqualTo("P/Message");
            assertThat(verifier.attempts()).isEqualTo(1);
            assertThat(verifier.retried()).isFalse();
            assertThat(verifier.failure()).isNull();
            CallEvent creer = r.events.get(1);
            assertThat(creer.outcome()).isEqualTo("T/DmdOkDD"); // JJ: registered at the requested date
            assertThat(creer.numeroDemande()).isNotBlank();
            assertThat(creer.referenceDemande()).isEqualTo("CRM-OBS-1");
            assertThat(creer.duration()).isPositive();
        }

        @Test
        void aRetriedFailure_isCounted_andTheCallEndsOnceWithItsFinalAnswer() {
            Recorder r = new Recorder();
            SIM.simulator().force(OmegaSimulator.PCE_JJ, ForcedAnswer.httpStatus(503, "busy").times(2));
            try (DitClient client = client(b -> b.callObserver(r))) {
                client.newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ));
            }
            assertThat(r.events).singleElement().satisfies(e -> {
                assertThat(e.outcome()).isEqualTo("P/Message");
                assertThat(e.retriedFailures()).containsExactly(Failure.HTTP_ERROR, Failure.HTTP_ERROR);
                assertThat(e.attempts()).isEqualTo(3);
            });
        }

        @Test
        void aCreationWithoutAnswer_endsAsOutcomeUnknown_withItsFailureKind() {
            Recorder r = new Recorder();
            try (DitClient client = client(b -> b.callObserver(r))) {
                Dialogue dit = client.newDialogue();
                dit.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ));
                SIM.simulator().force(OmegaSimulator.PCE_JJ, ForcedAnswer.answerLost());
                assertThat(dit.creerDemande(creation(OmegaSimulator.PCE_JJ))).isInstanceOf(ResultatIncertain.class);
            }
            CallEvent creer = r.events.get(1);
            assertThat(creer.outcomeUnknown()).isTrue();
            assertThat(creer.transportFailure()).isTrue();
            assertThat(creer.failureKind()).contains(Failure.CONNECTION_LOST);
            assertThat(creer.outcome()).isEqualTo("CONNECTION_LOST");
            assertThat(creer.retried()).isFalse();
            assertThat(r.events.get(0).outcomeUnknown()).isFalse();
        }

        @Test
        void rateLimitWaits_areReported() {
            Recorder r = new Recorder();
            try (DitClient client = client(b -> b.callObserver(r).maxCallsPerSecond(4))) {
                for (int i = 0; i < 3; i++) {
                    client.newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ));
                }
            }
            // back-to-back calls at 4/s (a slot every 250 ms, a loopback call takes far less): the second and third wait
            assertThat(r.events).extracting(CallEvent::rateLimitWaits).containsExactly(0, 1, 1);
            assertThat(r.events.get(2).rateLimitWait()).isPositive().isLessThanOrEqualTo(Duration.ofMillis(250));
        }

        @Test
        void anObserverThatThrows_neitherFailsTheCall_norStopsTheOthers() {
            Recorder r = new Recorder();
            CallObserver failsAtStart = op -> {
                throw new IllegalStateException("boom at start");
            };
            CallObserver failsAtEnd = op -> e -> {
                throw new IllegalStateException("boom at end");
            };
            try (DitClient client = client(b -> b.callObserver(failsAtStart).callObserver(failsAtEnd)
                    .callObserver(r))) {
                assertThat(client.newDialogue().verifierRecevabilite(
                        VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ)).codeRetour()).isEqualTo("Message");
            }
            assertThat(r.events).hasSize(1);
        }

        @Test
        void aFailureThrownToTheCaller_endsTheCallWithThatFailure() {
            Recorder r = new Recorder();
            try (DitClient client = client(b -> b.callObserver(r).retry(RetryPolicy.none())
                    .endpoint("http://127.0.0.1:9/CreerDIT"))) {
                assertThatThrownBy(() -> client.newDialogue()
                        .verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ)))
                        .isInstanceOf(DitServiceException.class);
            }
            assertThat(r.events).singleElement().satisfies(e -> {
                assertThat(e.reponse()).isNull();
                assertThat(e.failureKind()).contains(Failure.CONNECT_FAILED);
                assertThat(e.outcomeUnknown()).isFalse();
            });
        }

        @Test
        void anEvent_hasAnAnswerOrAFailure_notBoth() {
            assertThatThrownBy(() -> new CallEvent(Operation.ACCEPTER_RDV, null, null, null, null, List.of(), 0,
                    Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("neither");
        }
    }

    @Nested
    class Health {

        @Test
        void aNewClient_hasSeenNothing() {
            try (DitClient client = client(b -> { })) {
                ClientHealth h = client.health();
                assertThat(h.lastCalls()).isEmpty();
                assertThat(h.consecutiveTransportFailures()).isZero();
                assertThat(h.certificateDaysLeft()).isEmpty();
                assertThat(h.closed()).isFalse();
            }
        }

        @Test
        void transportFailuresInARow_areCounted_andAnAnswerResetsThem() {
            try (DitClient client = client(b -> b.retry(RetryPolicy.none()))) {
                SIM.simulator().force(OmegaSimulator.PCE_JJ, ForcedAnswer.httpStatus(503, "busy").times(2));
                for (int i = 0; i < 2; i++) {
                    assertThatThrownBy(() -> client.newDialogue()
                            .verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ)))
                            .isInstanceOf(DitServiceException.class);
                }
                ClientHealth failing = client.health();
                assertThat(failing.consecutiveTransportFailures()).isEqualTo(2);
                assertThat(failing.lastCall(Operation.VERIFIER_RECEVABILITE_DIT)).hasValueSatisfying(c -> {
                    assertThat(c.outcome()).isEqualTo("HTTP_ERROR");
                    assertThat(c.answered()).isFalse();
                });

                client.newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ));
                ClientHealth healed = client.health();
                assertThat(healed.consecutiveTransportFailures()).isZero();
                assertThat(healed.lastCall(Operation.VERIFIER_RECEVABILITE_DIT).orElseThrow().outcome())
                        .isEqualTo("P/Message");
                assertThat(healed.lastCall()).isPresent();
                assertThat(healed.lastCall(Operation.CREER_DEMANDE_DIT)).isEmpty();
            }
        }

        @Test
        void aDmdKo_isAnAnswer_notATransportFailure() {
            try (DitClient client = client(b -> { })) {
                client.newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_INCONNU));
                assertThat(client.health().lastCall(Operation.VERIFIER_RECEVABILITE_DIT).orElseThrow())
                        .satisfies(c -> {
                            assertThat(c.outcome()).isEqualTo("A/DmdKo");
                            assertThat(c.answered()).isTrue();
                        });
                assertThat(client.health().consecutiveTransportFailures()).isZero();
            }
        }

        @Test
        void theClientCertificatesExpiry_givesTheDaysLeft() throws Exception {
            TestPki.Identity ca = TestPki.ca("Test CA");
            Instant notAfter = Instant.now().plus(12, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS);
            TestPki.Identity id = TestPki.client(ca, "Fournisseur", Instant.now().minus(1, ChronoUnit.DAYS), notAfter);
            TlsConfig tls = TlsConfig.keyStore(TestPki.keys(id), TestPki.PASSWORD);
            DitClient client = client(b -> b.tls(tls));
            client.close();
            ClientHealth h = client.health();
            assertThat(h.certificateDaysLeft()).hasValue(12);
            assertThat(h.clientCertificateExpiry()).isEqualTo(notAfter.truncatedTo(ChronoUnit.SECONDS));
            assertThat(h.closed()).isTrue();
        }

        @Test
        void anExpiredCertificate_hasNegativeDaysLeft() {
            Instant at = Instant.parse("2026-12-01T10:00:00Z");
            ClientHealth h = new ClientHealth(at, java.util.Map.of(), 0, at.minus(1, ChronoUnit.HOURS), false);
            assertThat(h.certificateDaysLeft()).hasValue(-1);
        }
    }
}

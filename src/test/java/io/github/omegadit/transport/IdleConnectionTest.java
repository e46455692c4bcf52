/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.RetryPolicy;
import io.github.omegadit.answer.CodeRetourInconnu;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.DatePlageH;
import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.answer.DmdOkDD;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Sens;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.support.IdleProxy;
import io.github.omegadit.support.IdleProxy.Behaviour;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A long-lived client, a call, a pause longer than the idle timeout of a middlebox between it and OMEGA, then the
 * next call: it must go out on a fresh connection, be answered, and reach the server exactly once, whatever the
 * middlebox did to the idle connection (dropped it silently, closed it, or resets it on its next bytes).
 */
class IdleConnectionTest {

    /** The middlebox's idle timeout. */
    static final Duration PROXY_IDLE = Duration.ofMillis(300);
    /** The client's bound, under the middlebox's, as the builder's documentation asks. */
    static final Duration CLIENT_MAX_IDLE = Duration.ofMillis(150);
    /** Longer than the proxy's timeout. */
    static final Duration PAUSE = Duration.ofMillis(500);
    static final Duration RECEIVE = Duration.ofSeconds(3);
    static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    static final AtomicInteger REFERENCES = new AtomicInteger();

    static OmegaSimulator sim;

    @BeforeAll
    static void startSimulator() {
        sim = OmegaSimulator.builder().today(LocalDate.of(2026, 12, 14)).build().start();
        // class loading and JAXB set-up of a first call must not count against the time bound
        try (DitClient warm = client(sim.url().toString(), CLIENT_MAX_IDLE, RECEIVE)) {
            warm.newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));
        }
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    static DitClient client(String endpoint, Duration maxIdle, Duration receive) {
        return DitClient.builder().endpoint(endpoint)
                .dnEntreprise(OmegaSimulator.DEMO_DN_ENTREPRISE).numeroCad(OmegaSimulator.DEMO_NUMERO_CAD)
                .login(OmegaSimulator.DEMO_LOGIN)
                .connectTimeout(Duration.ofSeconds(2)).receiveTimeout(receive).callDeadline(receive.plusSeconds(5)).retry(RetryPolicy.none())
                .connectionMaxIdle(maxIdle).build();
    }

    static CreerDemande creation() {
        return CreerDemande.builder().numeroPce(OmegaSimulator.PCE_6M)
                .referenceDemande("IDLE-" + REFERENCES.incrementAndGet())
                .codeIntervention("34").codeMotif("23").rdv(MONDAY, "APRES-MIDI")
                .contact(new ContactIntervention("Martin", "0612345678", null, null)).build();
    }

    /**
     * Makes a call on {@code client} and puts a dialogue where {@code op} is the next call; returns that call. The
     * setup's last exchange is the one the pause then leaves idle.
     */
    static Supplier<Reponse> prepare(DitClient client, Operation op) {
        Dialogue d = client.newDialogue();
        d.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));
        if (op == Operation.VERIFIER_RECEVABILITE_DIT) {
            return () -> client.newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_6M));
        }
        if (op == Operation.CREER_DEMANDE_DIT) {
            return () -> d.creerDemande(creation());
        }
        CreationReponse created = d.creerDemande(creation());
        DatePlage slot = created instanceof DatePlageH h ? h.dateProgrammee().datePlage()
                : ((ListeDP) created).creneaux().get(0);
        return switch (op) {
            case PROPOSER_DATE_PLAGE -> () -> d.proposerDatePlage(slot);
            case DEMANDER_PREC_SUIV -> () -> d.demanderPrecSuiv(Sens.SUIVANT);
            case ACCEPTER_RDV -> () -> d.accepterRdv(slot);
            case ABANDONNER_RDV -> d::abandonnerRdv;
            case ABANDONNER_DEMANDE -> d::abandonnerDemande;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    static Stream<Arguments> everyBehaviourAndCall() {
        return EnumSet.allOf(Behaviour.class).stream()
                .flatMap(b -> EnumSet.allOf(Operation.class).stream().map(op -> Arguments.of(b, op)));
    }

    @Nested
    class WithTheIdleBoundUnderTheMiddleboxTimeout {

        @ParameterizedTest(name = "{0}: {1}")
        @MethodSource("io.github.omegadit.transport.IdleConnectionTest#everyBehaviourAndCall")
        void callAfterIdlePause_isAnsweredOnceOnAFreshConnection_wellUnderTheReceiveTimeout(Behaviour behaviour,
                Operation op) throws Exception {
            try (IdleProxy proxy = IdleProxy.start(sim.url(), behaviour, PROXY_IDLE);
                    DitClient client = client(proxy.front(sim.url()).toString(), CLIENT_MAX_IDLE, RECEIVE)) {
                Supplier<Reponse> call = prepare(client, op);
                int connections = proxy.accepted();
                Thread.sleep(PAUSE.toMillis());
                assertThat(proxy.expired()).as("the proxy caught the idle connection").isPositive();
                int before = sim.callCount(op);

                long start = System.nanoTime();
                Reponse answer = call.get();
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertThat(answer).isNotInstanceOf(ResultatIncertain.class).isNotInstanceOf(CodeRetourInconnu.class);
                assertExpected(op, answer);
                assertThat(sim.callCount(op) - before).as("requests of %s at the server", op).isEqualTo(1);
                assertThat(took).as("time of %s", op).isLessThan(RECEIVE.dividedBy(3));
                assertThat(proxy.accepted()).as("connections through the proxy").isGreaterThan(connections);
            }
        }
    }

    static void assertExpected(Operation op, Reponse answer) {
        switch (op) {
            case CREER_DEMANDE_DIT, PROPOSER_DATE_PLAGE -> assertThat(answer).isInstanceOfAny(DatePlageH.class,
                    ListeDP.class);
            case DEMANDER_PREC_SUIV -> assertThat(answer).isInstanceOf(ListeDP.class);
            case ACCEPTER_RDV -> assertThat(answer).isInstanceOf(DmdOkDP.class);
            case ABANDONNER_RDV -> assertThat(answer).isInstanceOf(DmdOkDD.class);
            case ABANDONNER_DEMANDE -> assertThat(answer).isInstanceOf(DmdKo.class);
            default -> assertThat(answer.typeRetourDialogue()).isNotNull();
        }
    }

    /** What the issue saw, with the bound left above the middlebox's timeout: the harness reproduces it. */
    @Nested
    class WithTheIdleBoundAboveTheMiddleboxTimeout {

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Behaviour.class, names = {"SILENT_DROP", "RST"})
        void creationAfterIdlePause_isAFalseOutcomeUnknown(Behaviour behaviour) throws Exception {
            Duration receive = Duration.ofSeconds(1);
            try (IdleProxy proxy = IdleProxy.start(sim.url(), behaviour, PROXY_IDLE);
                    DitClient client = client(proxy.front(sim.url()).toString(), Duration.ofSeconds(30), receive)) {
                Supplier<Reponse> call = prepare(client, Operation.CREER_DEMANDE_DIT);
                Thread.sleep(PAUSE.toMillis());
                int before = sim.callCount(Operation.CREER_DEMANDE_DIT);

                Reponse answer = call.get();

                assertThat(answer).isInstanceOf(ResultatIncertain.class);
                assertThat(sim.callCount(Operation.CREER_DEMANDE_DIT) - before).as("creations at the server")
                        .isZero();
            }
        }
    }
}

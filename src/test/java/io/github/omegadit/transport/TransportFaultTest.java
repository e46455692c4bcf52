/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.RetryPolicy;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.error.DitServiceException.Failure;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Sens;
import io.github.omegadit.support.Soap;
import io.github.omegadit.support.TestRequests;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every transport failure, on every operation, ends in a typed failure within its time bound, and the calls that
 * change state at OMEGA reach the server exactly once.
 */
class TransportFaultTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(20))
            .build();

    static final Duration RECEIVE = Duration.ofMillis(800);
    static final Duration DEADLINE = Duration.ofMillis(1500);
    static final String PATH = "/omega/CreerDIT";

    /** Class loading and JAXB set-up of a first call in a fresh JVM would otherwise count against the bounds. */
    @BeforeAll
    static void warmUp() {
        try (DitClient client = TestRequests.client(wm.baseUrl()).build()) {
            wm.stubFor(post(urlEqualTo(PATH)).willReturn(xml(TestRequests.recevableAnswer())));
            client.newDialogue().verifierRecevabilite(TestRequests.verifier());
        }
        wm.resetAll();
    }

    static DitClient client(String baseUrl, RetryPolicy retry) {
        return DitClient.builder().endpoint(baseUrl + PATH)
                .dnEntreprise(TestRequests.DN).numeroCad(TestRequests.CAD).login(TestRequests.LOGIN)
                .connectTimeout(Duration.ofMillis(500)).receiveTimeout(RECEIVE).callDeadline(DEADLINE)
                .retry(retry).build();
    }

    /** Puts a dialogue where {@code op} is the next legal call, with setup answers stubbed, and returns the call. */
    static Supplier<Object> prepare(DitClient client, Operation op) {
        return prepare(wm, client, op);
    }

    static Supplier<Object> prepare(Stubbing server, DitClient client, Operation op) {
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("RequeteWSVerifierRecevabiliteDIT"))
                .willReturn(xml(TestRequests.recevableAnswer())));
        DatePlage slot = new DatePlage(LocalDate.of(2026, 12, 2), "MATIN");
        switch (op) {
            case VERIFIER_RECEVABILITE_DIT: {
                Dialogue d = client.newDialogue();
                return () -> d.verifierRecevabilite(TestRequests.verifier());
            }
            case CREER_DEMANDE_DIT: {
                Dialogue d = client.newDialogue();
                d.verifierRecevabilite(TestRequests.verifier());
                return () -> d.creerDemande(TestRequests.changementCompteur());
            }
            case PROPOSER_DATE_PLAGE:
                return () -> client.resume(TestRequests.NUMERO).proposerDatePlage(slot);
            case DEMANDER_PREC_SUIV:
                return () -> client.resume(TestRequests.NUMERO).demanderPrecSuiv(Sens.SUIVANT);
            case ACCEPTER_RDV:
                return () -> client.resume(TestRequests.NUMERO).accepterRdv(slot);
            case ABANDONNER_RDV:
                return () -> client.resume(TestRequests.NUMERO).abandonnerRdv();
            case ABANDONNER_DEMANDE:
                return () -> client.resume(TestRequests.NUMERO).abandonnerDemande();
            default:
                throw new IllegalArgumentException(op.toString());
        }
    }

    static ResponseDefinitionBuilder xml(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=UTF-8").withBody(body);
    }

    static String requestRoot(Operation op) {
        return switch (op) {
            case VERIFIER_RECEVABILITE_DIT -> "RequeteWSVerifierRecevabiliteDIT";
            case CREER_DEMANDE_DIT -> "RequeteWSCreerDIT";
            default -> "RequeteWS" + op.wsdlName();
        };
    }

    /** The failure a call ended in: thrown, or carried by ResultatIncertain for CreerDemandeDIT. */
    static DitServiceException failureOf(Supplier<Object> call) {
        try {
            Object result = call.get();
            if (result instanceof ResultatIncertain u) {
                return u.cause();
            }
            throw new AssertionError("expected a failure, got " + result);
        } catch (DitServiceException e) {
            return e;
        }
    }

    record FaultCase(String name, ResponseDefinitionBuilder response, Set<Failure> expected, Duration bound) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String TRUNCATED = Soap.dialogueAnswer("ReponseWSCreerDIT", "P", "ListeDP",
            "<NumeroDemande>X</NumeroDemande>", "liste").substring(0, 180);

    static List<FaultCase> faults() {
        String soapFault = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<soap:Fault><faultcode>soap:Server</faultcode><faultstring>OMEGA indisponible</faultstring>"
                + "</soap:Fault></soap:Body></soap:Envelope>";
        return List.of(
                new FaultCase("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                        EnumSet.of(Failure.CONNECTION_LOST), RECEIVE),
                new FaultCase("empty response", aResponse().withFault(Fault.EMPTY_RESPONSE),
                        EnumSet.of(Failure.CONNECTION_LOST), RECEIVE),
                new FaultCase("malformed chunk", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
                        EnumSet.of(Failure.MALFORMED_RESPONSE, Failure.CONNECTION_LOST), RECEIVE),
                new FaultCase("random data then close", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
                        EnumSet.of(Failure.CONNECTION_LOST, Failure.MALFORMED_RESPONSE), RECEIVE),
                new FaultCase("HTTP 500 with a SOAP fault", aResponse().withStatus(500)
                        .withHeader("Content-Type", "text/xml").withBody(soapFault),
                        EnumSet.of(Failure.SOAP_FAULT), RECEIVE),
                new FaultCase("503 with an HTML page", aResponse().withStatus(503)
                        .withHeader("Content-Type", "text/html").withBody("<html><body>Maintenance</body></html>"),
                        EnumSet.of(Failure.HTTP_ERROR), RECEIVE),
                new FaultCase("200 with text/html", aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/html").withBody("<html><body>Bienvenue</body></html>"),
                        EnumSet.of(Failure.MALFORMED_RESPONSE), RECEIVE),
                new FaultCase("truncated XML", xml(TRUNCATED), EnumSet.of(Failure.MALFORMED_RESPONSE), RECEIVE),
                new FaultCase("headers later than the receive timeout", xml(TestRequests.recevableAnswer())
                        .withFixedDelay(5_000), EnumSet.of(Failure.RECEIVE_TIMEOUT), RECEIVE),
                new FaultCase("body dribbled past the deadline", xml(Soap.dialogueAnswer("ReponseWSCreerDIT", "P",
                        "ListeDP", "<NumeroDemande>X</NumeroDemande>", "liste")).withChunkedDribbleDelay(50, 6_000),
                        EnumSet.of(Failure.DEADLINE_EXCEEDED), DEADLINE));
    }

    static Stream<Arguments> everyFaultOnEveryOperation() {
        List<Arguments> all = new ArrayList<>();
        for (Operation op : Operation.values()) {
            for (FaultCase f : faults()) {
                all.add(Arguments.of(op, f));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyFaultOnEveryOperation")
    void fault_endsInTypedFailure_withinBound_andReachesServerOnce(Operation op, FaultCase fault) {
        try (DitClient client = client(wm.baseUrl(), RetryPolicy.none())) {
            Supplier<Object> call = prepare(client, op);
            wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing(requestRoot(op)))
                    .willReturn(fault.response()));

            long start = System.nanoTime();
            DitServiceException e = failureOf(call);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(e.failure()).as(e.toString()).isIn(fault.expected());
            assertThat(e.operation()).isEqualTo(op);
            assertThat(e.mayHaveBeenReceived()).isTrue();
            assertThat(e.retrySafe()).isEqualTo(op.idempotent());
            assertThat(e.getMessage()).doesNotContain("org.apache.cxf");
            assertThat(took).isLessThan(fault.bound().plusSeconds(1));
            assertThat(wm.findAll(postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing(requestRoot(op)))))
                    .hasSize(1);
        }
    }

    @Nested
    class Retries {

        @ParameterizedTest(name = "{0}")
        @EnumSource(Operation.class)
        void connectionReset_isRetriedOnlyForIdempotentCalls(Operation op) {
            AtomicInteger pauses = new AtomicInteger();
            RetryPolicy retry = RetryPolicy.defaults().withSleeper(d -> pauses.incrementAndGet());
            try (DitClient client = client(wm.baseUrl(), retry)) {
                Supplier<Object> call = prepare(client, op);
                wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing(requestRoot(op)))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

                DitServiceException e = failureOf(call);

                assertThat(e.failure()).isEqualTo(Failure.CONNECTION_LOST);
                int expected = op.idempotent() ? retry.maxAttempts() : 1;
                assertThat(wm.findAll(postRequestedFor(urlEqualTo(PATH))
                        .withRequestBody(containing(requestRoot(op))))).hasSize(expected);
                assertThat(pauses.get()).isEqualTo(expected - 1);
            }
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(Operation.class)
        void connectionRefused_neverLeft_soEveryCallIsRetried_thenFailsNotReceived(Operation op) {
            WireMockServer vanishing = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
            vanishing.start();
            AtomicInteger pauses = new AtomicInteger();
            RetryPolicy retry = RetryPolicy.defaults().withSleeper(d -> pauses.incrementAndGet());
            try (DitClient client = client(vanishing.baseUrl(), retry)) {
                Supplier<Object> call = prepare(vanishing, client, op);
                vanishing.stop();

                long start = System.nanoTime();
                DitServiceException e;
                try {
                    Object r = call.get();
                    throw new AssertionError("expected DitServiceException, got " + r);
                } catch (DitServiceException thrown) {
                    e = thrown;
                }

                assertThat(e.failure()).isEqualTo(Failure.CONNECT_FAILED);
                assertThat(e.mayHaveBeenReceived()).isFalse();
                assertThat(e.retrySafe()).isTrue();
                assertThat(pauses.get()).isEqualTo(retry.maxAttempts() - 1);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            } finally {
                vanishing.stop();
            }
        }
    }
}

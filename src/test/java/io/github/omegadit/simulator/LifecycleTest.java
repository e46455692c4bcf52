/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.Segment;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Starting, closing and configuring simulators directly, without the extension. */
class LifecycleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    static Set<String> simulatorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(n -> n.startsWith("omega-simulator-") || n.equals("HTTP-Dispatcher"))
                .collect(Collectors.toSet());
    }

    static void awaitNoThreadBeyond(Set<String> before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Set<String> extra;
        do {
            extra = simulatorThreads();
            extra.removeAll(before);
            if (extra.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        assertThat(extra).as("simulator threads still running after close()").isEmpty();
    }

    @Test
    void close_leavesNoSimulatorThreadRunning() throws Exception {
        Set<String> before = simulatorThreads();
        OmegaSimulator sim = OmegaSimulator.builder().today(TODAY).build().start();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(Soap.HTTP.sendAsync(Soap.request(sim.url(),
                    Payload.verifier(OmegaSimulator.PCE_6M, null).envelope()).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> c : calls) {
            assertThat(c.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        assertThat(simulatorThreads()).isNotEqualTo(before);

        sim.close();

        awaitNoThreadBeyond(before);
        assertThat(sim.isRunning()).isFalse();
    }

    @Test
    void close_interruptsACallHeldByAForcedDelay_promptly() throws Exception {
        Set<String> before = simulatorThreads();
        OmegaSimulator sim = OmegaSimulator.builder().today(TODAY).build().start();
        sim.force(OmegaSimulator.PCE_6M, ForcedAnswer.delay(Duration.ofMinutes(10)));
        CompletableFuture<HttpResponse<String>> slow = Soap.HTTP.sendAsync(Soap.request(sim.url(),
                Payload.verifier(OmegaSimulator.PCE_6M, null).envelope()).build(), HttpResponse.BodyHandlers.ofString());
        awaitTheDelayedCall(sim);

        long start = System.nanoTime();
        sim.close();
        long closeMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(closeMillis).as("close() while a call waits out a 10-minute delay").isLessThan(10_000);
        assertThatThrownBy(() -> slow.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        awaitNoThreadBeyond(before);
        // counted when it arrived, never answered
        assertThat(sim.callCount(Operation.VERIFIER_RECEVABILITE_DIT)).isEqualTo(1);
        assertThat(sim.calls()).singleElement().extracting(RecordedCall::codeRetour).isNull();
    }

    /** Until the delayed call has arrived (it is counted on arrival, and answered only after its delay). */
    static void awaitTheDelayedCall(OmegaSimulator sim) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (sim.calls().size() == 1) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the delayed call never reached the simulator");
    }

    @Test
    void clientTimeout_onAForcedDelay_isTheClientsTimeout() throws Exception {
        try (OmegaSimulator sim = OmegaSimulator.builder().today(TODAY).build().start()) {
            sim.force(OmegaSimulator.PCE_JJ, ForcedAnswer.delay(Duration.ofMinutes(5)));

            assertThatThrownBy(() -> Soap.HTTP.send(Soap.request(sim.url(),
                    Payload.verifier(OmegaSimulator.PCE_JJ, null).envelope()).timeout(Duration.ofMillis(300)).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(HttpTimeoutException.class);
        }
    }

    @Test
    void url_isOnlyKnownWhileRunning() {
        OmegaSimulator sim = OmegaSimulator.builder().build();

        assertThatThrownBy(sim::url).isInstanceOf(IllegalStateException.class).hasMessageContaining("start()");
        assertThat(sim.toString()).contains("not running");
        sim.start();
        assertThat(sim.start().url()).isEqualTo(sim.url());
        assertThat(sim.isRunning()).isTrue();
        sim.close();
        sim.close();
        assertThatThrownBy(sim::url).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(sim::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void twoSimulators_getTwoFreePorts_andSeparateState() {
        try (OmegaSimulator a = OmegaSimulator.builder().today(TODAY).build().start();
                OmegaSimulator b = OmegaSimulator.builder().today(TODAY).build().start()) {
            assertThat(a.port()).isNotEqualTo(b.port());
            Soap.call(a.url(), Payload.creer(OmegaSimulator.PCE_JJ, null, "206", null, TODAY.plusDays(7), null));

            assertThat(a.demandes()).hasSize(1);
            assertThat(b.demandes()).isEmpty();
        }
    }

    @Test
    void builder_settingsAreApplied() {
        try (OmegaSimulator sim = OmegaSimulator.builder().today(TODAY).leadTime(5).expressLeadTime(2)
                .prebookedLoad(false).build().start()) {
            assertThat(sim.today()).isEqualTo(TODAY);
            assertThat(sim.earliestBookableDay(false)).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(sim.earliestBookableDay(true)).isEqualTo(LocalDate.of(2026, 12, 2));
            assertThat(sim.remainingCapacity(LocalDate.of(2026, 12, 8), "MATIN")).isEqualTo(4);
            assertThat(sim.remainingCapacity(LocalDate.of(2026, 12, 12), "MATIN")).isZero();
        }
        assertThatThrownBy(() -> OmegaSimulator.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OmegaSimulator.builder().plages(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OmegaSimulator.builder().leadTime(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OmegaSimulator.builder().build().occupy(TODAY, "NUIT"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MATIN");
    }

    @Test
    void describe_listsEndpointIdentityDirectoryAndCalendar() {
        try (OmegaSimulator sim = OmegaSimulator.builder().today(TODAY).build().start()) {
            sim.addPce(new SimulatedPce("GI100003", Segment.SIX_M, "1M", "67000", "Strasbourg", "GAZ0001"));

            String d = sim.describe();

            assertThat(d).contains(sim.url().toString(), OmegaSimulator.DEMO_DN_ENTREPRISE,
                    OmegaSimulator.DEMO_NUMERO_CAD, OmegaSimulator.DEMO_LOGIN, OmegaSimulator.AUTRE_NUMERO_CAD,
                    OmegaSimulator.PCE_6M, OmegaSimulator.PCE_6M_TLRV, OmegaSimulator.PCE_1M, OmegaSimulator.PCE_JJ,
                    OmegaSimulator.PCE_MM, OmegaSimulator.PCE_AUTRE_FOURNISSEUR, OmegaSimulator.PCE_INCONNU,
                    "75011", "Strasbourg", "MATIN 08:00-12:00 (4/day)", "2026-12-03", "2026-12-01");
            assertThat(sim.toString()).startsWith("OMEGA CreerDIT simulator at http://127.0.0.1:");
        }
    }

    @Test
    void simulatedPce_validatesItsFields() {
        assertThatThrownBy(() -> new SimulatedPce("GI1", Segment.SIX_M, "7501", "Paris", "GAZ0001"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 digits");
        assertThat(new SimulatedPce("GI1", Segment.SIX_M, "97411", "Saint-Denis", "GAZ0001").departement())
                .isEqualTo("974");
        assertThat(new SimulatedPce("GI1", Segment.SIX_M, "20000", "Ajaccio", "GAZ0001").departement())
                .isEqualTo("20");
    }
}

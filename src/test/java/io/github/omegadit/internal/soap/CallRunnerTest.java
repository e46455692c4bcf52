/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omegadit.RetryPolicy;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.error.DitServiceException.Failure;
import io.github.omegadit.protocol.Operation;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * The call runner on its own, with a stand-in for the CXF call: what the caller's thread is left with after a call,
 * the deadline and the retries. Everything that crosses the network is in {@code transport}.
 */
class CallRunnerTest {

    static final Operation READ = Operation.VERIFIER_RECEVABILITE_DIT;

    CallRunner runner;

    CallRunner runner(Duration deadline, RetryPolicy retry) {
        return runner(deadline, retry, 0);
    }

    CallRunner runner(Duration deadline, RetryPolicy retry, double callsPerSecond) {
        runner = new CallRunner(new GatewaySettings(URI.create("http://127.0.0.1:1/omega/CreerDIT"),
                Duration.ofSeconds(5), Duration.ofSeconds(5), deadline, retry, callsPerSecond, null, null, false,
                1 << 20, Duration.ofSeconds(30), List.of()));
        return runner;
    }

    @AfterEach
    void close() {
        if (runner != null) {
            runner.close();
        }
    }

    static RuntimeException connectionReset() {
        return new jakarta.xml.ws.WebServiceException("Could not send Message.",
                new IOException("reset", new SocketException("Connection reset")));
    }

    /** A call whose connection is reset every time, counting its attempts in {@code calls}. */
    static Supplier<String> resetEveryTime(AtomicInteger calls) {
        return () -> {
            calls.incrementAndGet();
            throw connectionReset();
        };
    }

    static void assertFails(ThrowingCallable call, Failure expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DitServiceException.class,
                e -> assertThat(e.failure()).isEqualTo(expected));
    }

    @Test
    void aCallStoppedByItsDeadline_failsDeadlineExceeded_andLeavesTheCallerNotInterrupted() {
        CallRunner r = runner(Duration.ofSeconds(1), RetryPolicy.none());

        assertThatThrownBy(() -> r.run(READ, "DIT1", null, () -> {
            // a read that never ends on its own: the watchdog's interrupt stops it, and stays set, as in CXF
            while (!Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(10_000_000L);
            }
            throw new jakarta.xml.ws.WebServiceException(new InterruptedIOException("interrupted"));
        })).isInstanceOfSatisfying(DitServiceException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.DEADLINE_EXCEEDED);
            assertThat(e.numeroDemande()).contains("DIT1");
        });
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anInterruptOfTheCaller_thatTheWatchdogDidNotCause_isKept() {
        CallRunner r = runner(Duration.ofSeconds(30), RetryPolicy.none());

        String answer = r.run(READ, null, null, () -> {
            Thread.currentThread().interrupt();
            return "answer";
        });

        assertThat(answer).isEqualTo("answer");
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void theInboundInterceptors_seeTheCallInFlight_andNothingOnceItIsOver() {
        CallRunner r = runner(Duration.ofSeconds(30), RetryPolicy.none());
        AtomicReference<CallContext> during = new AtomicReference<>();

        r.run(READ, null, null, () -> {
            during.set(CallRunner.CURRENT.get());
            return "answer";
        });

        assertThat(during.get()).isNotNull();
        assertThat(CallRunner.CURRENT.get()).isNull();
        assertThatThrownBy(() -> r.run(READ, null, null, () -> {
            throw connectionReset();
        })).isInstanceOf(DitServiceException.class);
        assertThat(CallRunner.CURRENT.get()).isNull();
    }

    @Test
    void logsDuringACall_carryItsOperationNumeroAndReference_andNothingAfterIt() {
        CallRunner r = runner(Duration.ofSeconds(30), RetryPolicy.none());
        AtomicReference<String> during = new AtomicReference<>();

        r.run(Operation.ACCEPTER_RDV, "DIT1", "CRM-1", () -> {
            during.set(MDC.get(CallRunner.MDC_OPERATION) + " " + MDC.get(CallRunner.MDC_NUMERO_DEMANDE) + " "
                    + MDC.get(CallRunner.MDC_REFERENCE_DEMANDE));
            return "answer";
        });
        assertThat(during).hasValue("AccepterRdv DIT1 CRM-1");
        assertThat(List.of(CallRunner.MDC_OPERATION, CallRunner.MDC_NUMERO_DEMANDE, CallRunner.MDC_REFERENCE_DEMANDE))
                .allSatisfy(key -> assertThat(MDC.get(key)).isNull());

        r.run(READ, null, null, () -> {
            during.set(MDC.get(CallRunner.MDC_OPERATION) + " " + MDC.get(CallRunner.MDC_NUMERO_DEMANDE) + " "
                    + MDC.get(CallRunner.MDC_REFERENCE_DEMANDE));
            return "answer";
        });
        assertThat(during).hasValue("VerifierRecevabiliteDIT null null");
    }

    @Test
    void theDeadlineWatchdog_neverKeepsTheJvmAlive() {
        CallRunner r = runner(Duration.ofSeconds(30), RetryPolicy.none());
        r.run(READ, null, null, () -> "answer");

        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().equals("omega-dit-deadline"))
                .isNotEmpty().allSatisfy(t -> assertThat(t.isDaemon()).isTrue());
    }

    @Test
    void aSafeFailure_isTriedAgain_upToTheAttemptsOfThePolicy() {
        AtomicInteger pauses = new AtomicInteger();
        CallRunner r = runner(Duration.ofSeconds(30), RetryPolicy.defaults().withMaxAttempts(3)
                .withSleeper(d -> pauses.incrementAndGet()));
        AtomicInteger calls = new AtomicInteger();

        assertFails(() -> r.run(READ, null, null, resetEveryTime(calls)), Failure.CONNECTION_LOST);
        assertThat(calls).hasValue(3);
        assertThat(pauses).hasValue(2);
    }

    @Test
    void aCreationThatMayHaveLeft_isNeverTriedAgain() {
        CallRunner r = runner(Duration.ofSeconds(30), RetryPolicy.defaults().withSleeper(d -> { }));
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> r.run(Operation.CREER_DEMANDE_DIT, null, "CRM-1", resetEveryTime(calls)))
                .isInstanceOfSatisfying(DitServiceException.class, e -> assertThat(e.mayHaveBeenReceived()).isTrue());
        assertThat(calls).hasValue(1);
    }

    @Test
    void aRetryWhosePauseWouldPassTheDeadline_isNotMade() {
        AtomicInteger pauses = new AtomicInteger();
        // full jitter: the pause is a random part of 100 days, shorter than the 5 s left about once in a million
        CallRunner r = runner(Duration.ofSeconds(5), new RetryPolicy(3, Duration.ofDays(100), Duration.ofDays(100),
                d -> pauses.incrementAndGet()));
        AtomicInteger calls = new AtomicInteger();

        assertFails(() -> r.run(READ, null, null, resetEveryTime(calls)), Failure.CONNECTION_LOST);
        assertThat(calls).hasValue(1);
        assertThat(pauses).hasValue(0);
    }

    @Test
    void aCallerInterruptedDuringTheRetryPause_getsTheLastFailure_andStaysInterrupted() {
        CallRunner r = runner(Duration.ofSeconds(30), RetryPolicy.defaults().withSleeper(d -> {
            throw new InterruptedException("shutting down");
        }));
        AtomicInteger calls = new AtomicInteger();

        assertFails(() -> r.run(READ, null, null, resetEveryTime(calls)), Failure.CONNECTION_LOST);
        assertThat(calls).hasValue(1);
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void aCallerInterruptedWhileWaitingForTheRateLimit_isNotSent_andStaysInterrupted() {
        CallRunner r = runner(Duration.ofSeconds(30), RetryPolicy.none(), 0.5);
        AtomicInteger calls = new AtomicInteger();
        r.run(READ, null, null, calls::incrementAndGet); // takes the first slot: the next is 2 s later

        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> r.run(READ, null, null, calls::incrementAndGet))
                .isInstanceOfSatisfying(DitServiceException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.RATE_LIMITED);
                    assertThat(e.getMessage()).contains("interrupted while waiting for the rate limit");
                });
        assertThat(Thread.interrupted()).isTrue();
        assertThat(calls).hasValue(1);
    }

    /**
     * At one call every 4 s with a deadline of 3 s, a call right after the first is refused (its slot, at 4 s, is
     * past its deadline) and gives its slot back: a call made 2 s later reaches the slot at 4 s before its deadline at
     * 5 s, where it would miss one at 8 s. The margins are a second or more either way.
     */
    @Test
    void aSlotRefusedForTheDeadline_isGivenBack_toTheNextCall() throws InterruptedException {
        CallRunner r = runner(Duration.ofSeconds(3), RetryPolicy.none(), 0.25);
        r.run(READ, null, null, () -> "first");

        assertFails(() -> r.run(READ, null, null, () -> "second"), Failure.RATE_LIMITED);
        Thread.sleep(2000);

        assertThat(r.run(READ, null, null, () -> "third")).isEqualTo("third");
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import io.github.omegadit.RetryPolicy;
import io.github.omegadit.error.DitServiceException.Failure;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.protocol.Operation;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one call: MDC keys, client-side rate limit, a deadline over the whole call, bounded retries of retry-safe
 * failures with jittered backoff, and translation of every failure into a {@link DitServiceException}.
 *
 * <p>The deadline is enforced by interrupting the calling thread: CXF's blocking reads (the JDK HttpClient body
 * stream included) end on interrupt, which a receive timeout alone does not achieve against an answer dribbled
 * slowly.
 */
final class CallRunner implements AutoCloseable {

    /** MDC key: the WSDL operation name. */
    static final String MDC_OPERATION = "omega.operation";
    /** MDC key: the NumeroDemande when known. */
    static final String MDC_NUMERO_DEMANDE = "omega.numeroDemande";
    /** MDC key: the supplier's ReferenceDemande when known. */
    static final String MDC_REFERENCE_DEMANDE = "omega.referenceDemande";

    private static final Logger LOG = LoggerFactory.getLogger("io.github.omegadit.client");

    /** The call running on this thread, for the inbound interceptors (CXF runs a synchronous call on it). */
    static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

    private final GatewaySettings settings;
    private final ScheduledThreadPoolExecutor watchdog;
    private final AtomicLong nextPermitNanos = new AtomicLong(System.nanoTime());
    private final long permitIntervalNanos;

    CallRunner(GatewaySettings settings) {
        this.settings = settings;
        this.watchdog = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "omega-dit-deadline");
            t.setDaemon(true);
            return t;
        });
        this.watchdog.setRemoveOnCancelPolicy(true);
        this.permitIntervalNanos = settings.maxCallsPerSecond() > 0
                ? (long) (1_000_000_000L / settings.maxCallsPerSecond()) : 0;
    }

    <T> T run(Operation op, String numeroDemande, String referenceDemande, Supplier<T> call) {
        MDC.put(MDC_OPERATION, op.wsdlName());
        if (numeroDemande != null) {
            MDC.put(MDC_NUMERO_DEMANDE, numeroDemande);
        }
        if (referenceDemande != null) {
            MDC.put(MDC_REFERENCE_DEMANDE, referenceDemande);
        }
        CallObservation observed = CallObservation.start(op, settings.observers());
        T result = null;
        Throwable failure = null;
        try {
            result = attempts(op, numeroDemande, call, observed);
            return result;
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            observed.end(numeroDemande, referenceDemande, result, failure);
            MDC.remove(MDC_OPERATION);
            MDC.remove(MDC_NUMERO_DEMANDE);
            MDC.remove(MDC_REFERENCE_DEMANDE);
        }
    }

    private <T> T attempts(Operation op, String numeroDemande, Supplier<T> call, CallObservation observed) {
        long deadline = System.nanoTime() + settings.callDeadline().toNanos();
        RetryPolicy retry = settings.retry();
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(op, numeroDemande, deadline, call, observed);
            } catch (DitServiceException e) {
                Duration pause = retry.backoff(attempt, ThreadLocalRandom.current().nextDouble());
                boolean again = e.retrySafe() && attempt < retry.maxAttempts()
                        && System.nanoTime() + pause.toNanos() < deadline;
                if (!again) {
                    logFinal(op, attempt, e);
                    throw e;
                }
                LOG.info("{} attempt {} failed ({}), retrying in {} ms", op, attempt, e.failure(),
                        pause.toMillis());
                observed.retrying(e.failure());
                sleep(retry, pause, op, numeroDemande, e);
            }
        }
    }

    /**
     * The SDK's one line for a failed call (CXF's own report is silenced on our bus, see {@link SoapGateway}). A
     * failure thrown to the caller is the caller's to log: DEBUG here, without a stack trace. A creation that may
     * have reached OMEGA is not thrown: the dialogue returns it as ResultatIncertain and logs that at WARN, so
     * nothing here.
     */
    private static void logFinal(Operation op, int attempts, DitServiceException e) {
        if (op == Operation.CREER_DEMANDE_DIT && e.mayHaveBeenReceived()) {
            return;
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} after {} attempt(s); may have been received: {}", oneLine(e.getMessage()), attempts,
                    e.mayHaveBeenReceived());
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
    }

    private <T> T attempt(Operation op, String numeroDemande, long deadline, Supplier<T> call,
            CallObservation observed) {
        acquirePermit(op, numeroDemande, deadline, observed);
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new DitServiceException(op, numeroDemande, Failure.DEADLINE_EXCEEDED, 0,
                    "deadline reached before sending", null);
        }
        CallContext ctx = new CallContext(Thread.currentThread(), deadline);
        ScheduledFuture<?> alarm;
        try {
            alarm = watchdog.schedule(ctx::expire, remaining, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // the client was closed while this call was starting: nothing was sent
            throw new IllegalStateException("the client is closed: " + op + " was not sent", e);
        }
        CURRENT.set(ctx);
        try {
            return call.get();
        } catch (RuntimeException e) {
            boolean deadlineFired = !ctx.complete() || ctx.deadlinePassed();
            throw FailureTranslator.translate(op, numeroDemande, e, deadlineFired, ctx.httpStatus, ctx.contentType);
        } finally {
            CURRENT.remove();
            alarm.cancel(false);
            ctx.complete();
            ctx.clearOwnInterrupt();
        }
    }

    private void acquirePermit(Operation op, String numeroDemande, long deadline, CallObservation observed) {
        if (permitIntervalNanos == 0) {
            return;
        }
        long now = System.nanoTime();
        long slot = nextPermitNanos.getAndAccumulate(now,
                (next, n) -> Math.max(next, n) + permitIntervalNanos);
        long start = Math.max(slot, now);
        if (start >= deadline) {
            // give the permit back only if nobody took a later one; otherwise the slot is simply lost
            nextPermitNanos.compareAndSet(start + permitIntervalNanos, start);
            throw new DitServiceException(op, numeroDemande, Failure.RATE_LIMITED, 0,
                    "client-side rate limit of " + settings.maxCallsPerSecond()
                            + " calls/s leaves no slot before the call deadline", null);
        }
        long wait = start - now;
        if (wait > 0) {
            observed.waitedForRateLimit(wait);
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new DitServiceException(op, numeroDemande, Failure.RATE_LIMITED, 0,
                        "interrupted while waiting for the rate limit", ie);
            }
        }
    }

    private static void sleep(RetryPolicy retry, Duration pause, Operation op, String numeroDemande,
            DitServiceException last) {
        try {
            retry.sleeper().sleep(pause);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw last;
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}

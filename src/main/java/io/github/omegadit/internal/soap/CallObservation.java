/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import io.github.omegadit.CallEvent;
import io.github.omegadit.CallObserver;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.error.DitServiceException.Failure;
import io.github.omegadit.protocol.Operation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call as its {@link CallObserver}s see it: started before the first attempt, the facts of its attempts
 * gathered on the way (failures retried, rate-limit waits), ended once with a {@link CallEvent}. An observer that
 * throws is logged and skipped; it never fails the call.
 */
final class CallObservation {

    private static final Logger LOG = LoggerFactory.getLogger("io.github.omegadit.client");

    private final Operation operation;
    private final long startNanos = System.nanoTime();
    private final CallObserver.Call[] calls;
    private List<Failure> retried = List.of();
    private int rateLimitWaits;
    private long rateLimitWaitNanos;

    private CallObservation(Operation operation, List<CallObserver> observers) {
        this.operation = operation;
        this.calls = new CallObserver.Call[observers.size()];
        for (int i = 0; i < calls.length; i++) {
            CallObserver o = observers.get(i);
            try {
                calls[i] = o.start(operation);
            } catch (RuntimeException e) {
                LOG.warn("CallObserver {} failed to start {}: {}", o, operation, e.toString());
            }
        }
    }

    static CallObservation start(Operation operation, List<CallObserver> observers) {
        return new CallObservation(operation, observers);
    }

    void retrying(Failure failure) {
        if (retried.isEmpty()) {
            retried = new ArrayList<>(2);
        }
        retried.add(failure);
    }

    void waitedForRateLimit(long nanos) {
        rateLimitWaits++;
        rateLimitWaitNanos += nanos;
    }

    /** Ends the call for every observer, in reverse order of their start. */
    void end(String numeroDemande, String referenceDemande, Object result, Throwable failure) {
        Reponse reponse = failure == null && result instanceof Reponse r ? r : null;
        String numero = reponse != null && reponse.numeroDemande() != null && !reponse.numeroDemande().isBlank()
                ? reponse.numeroDemande() : numeroDemande;
        CallEvent event = new CallEvent(operation, numero, referenceDemande, reponse,
                reponse == null && failure == null ? new IllegalStateException("no answer") : failure, retried,
                rateLimitWaits, Duration.ofNanos(rateLimitWaitNanos), Duration.ofNanos(System.nanoTime() - startNanos));
        for (int i = calls.length - 1; i >= 0; i--) {
            if (calls[i] == null) {
                continue;
            }
            try {
                calls[i].end(event);
            } catch (RuntimeException e) {
                LOG.warn("CallObserver failed on the end of {}: {}", operation, e.toString());
            }
        }
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

import io.github.omegadit.protocol.Operation;

/**
 * Told of every call the client sends to OMEGA, around it: metrics, tracing spans, alerts. Where a
 * {@link DialogueListener} hears of a dialogue's transitions, an observer hears of the calls themselves, with what
 * only the transport knows: the attempts and the failures retried, the rate-limit waits, the failure a call ended
 * with. Register observers on the client ({@link DitClient.Builder#callObserver(CallObserver)}).
 *
 * <p>{@link #start} runs on the calling thread before the rate limit and the first attempt; the {@link Call} it
 * returns is ended on the same thread once, after the last attempt and before the call returns or throws, so
 * whatever the observer opens in {@code start} (a thread-local scope, a span) is open during the whole call and
 * closed in strict nesting. Keep both short: they run on the caller's thread. An observer that throws is logged and
 * ignored: it can neither fail the call nor change its result. Observers are called in the order added (and ended
 * in reverse order).
 *
 * <pre>{@code
 * DitClient client = DitClient.builder()
 *         ...
 *         .callObserver(operation -> event -> log.info("{} {} in {} ms after {} attempt(s)", event.operation(),
 *                 event.outcome(), event.duration().toMillis(), event.attempts()))
 *         .build();
 * }</pre>
 *
 * The Micrometer adapter of the Spring Boot integration ({@code io.github.omegadit.spring}) is one.
 */
@FunctionalInterface
public interface CallObserver {

    /**
     * A call of {@code operation} starts on this thread.
     *
     * @param operation the WSDL operation about to be sent
     * @return what to tell when the call ends (never {@code null}: {@link Call#NONE} to hear nothing more)
     */
    Call start(Operation operation);

    /** One call in flight, as an observer sees it. */
    @FunctionalInterface
    interface Call {

        /** Hears nothing of the call's end. */
        Call NONE = event -> { };

        /**
         * The call ended, with an answer or a failure, on the thread that started it.
         *
         * @param event what happened
         */
        void end(CallEvent event);
    }
}

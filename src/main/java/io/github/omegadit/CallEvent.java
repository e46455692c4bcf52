/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit;

import io.github.omegadit.answer.CodeRetourInconnu;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.error.DitServiceException.Failure;
import io.github.omegadit.protocol.Operation;
import io.github.omegadit.protocol.TypeRetourDialogue;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one call to OMEGA ended, as a {@link CallObserver} hears it: the answer, or the failure the caller gets, with
 * the attempts it took.
 *
 * @param operation        the WSDL operation
 * @param numeroDemande    the NumeroDemande of the call, or the one the answer gave; {@code null} when none is known
 * @param referenceDemande the supplier's ReferenceDemande, for CreerDemandeDIT; otherwise {@code null}
 * @param reponse          OMEGA's answer, or {@code null} when the call failed
 * @param failure          what the call threw (a {@link DitServiceException}; an {@link IllegalStateException} when
 *                         the client was closed meanwhile), or {@code null} when OMEGA answered
 * @param retriedFailures  the failures of the attempts that were retried, in order; empty when the first attempt
 *                         settled it
 * @param rateLimitWaits   how many attempts waited for the client-side rate limit
 * @param rateLimitWait    how long they waited in all
 * @param duration         the whole call: attempts, backoff pauses and rate-limit waits
 */
public record CallEvent(Operation operation, String numeroDemande, String referenceDemande, Reponse reponse,
        Throwable failure, List<Failure> retriedFailures, int rateLimitWaits, Duration rateLimitWait,
        Duration duration) {

    /**
     * Exactly one of the answer and the failure.
     *
     * @throws NullPointerException     when the operation, the lists or a duration is missing
     * @throws IllegalArgumentException unless exactly one of {@code reponse} and {@code failure} is given
     */
    public CallEvent {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(rateLimitWait, "rateLimitWait");
        Objects.requireNonNull(duration, "duration");
        retriedFailures = List.copyOf(retriedFailures);
        if ((reponse == null) == (failure == null)) {
            throw new IllegalArgumentException("a call ends with an answer or a failure, not " + (reponse == null
                    ? "neither" : "both"));
        }
    }

    /** How many times the request was tried: 1 when nothing was retried. */
    public int attempts() {
        return retriedFailures.size() + 1;
    }

    /** True when at least one attempt failed and was retried. */
    public boolean retried() {
        return !retriedFailures.isEmpty();
    }

    /** The kind of the failure the call ended with, when it is a {@link DitServiceException}. */
    public Optional<Failure> failureKind() {
        return failure instanceof DitServiceException e ? Optional.of(e.failure()) : Optional.empty();
    }

    /**
     * True when a call that changes the demande at OMEGA may have reached it and no answer came: nobody knows whether
     * it took effect (for CreerDemandeDIT, the caller gets a {@link io.github.omegadit.answer.ResultatIncertain}).
     */
    public boolean outcomeUnknown() {
        return failure instanceof DitServiceException e && e.mayHaveBeenReceived() && !operation.idempotent();
    }

    /**
     * True when no usable answer came from OMEGA's side (connection, TLS, timeout, HTTP error, fault, malformed or
     * hostile answer), as opposed to an answer, to the client-side rate limit or to a closed client.
     */
    public boolean transportFailure() {
        return failure instanceof DitServiceException e && e.failure() != Failure.RATE_LIMITED;
    }

    /**
     * The outcome in a few characters, from a bounded set (a metric tag): {@code TypeRetourDialogue/CodeRetour} for an
     * answer of Annexe A ({@code P/DatePlageH}, {@code A/DmdKo}), {@code <type>/CodeRetourInconnu} for an answer this
     * version does not know ({@code ?} for a type that is not P, A or T; the raw code is in {@link #reponse()}), the
     * {@link Failure} name for a service failure ({@code RECEIVE_TIMEOUT}), else the exception's simple class name.
     */
    public String outcome() {
        if (reponse != null) {
            TypeRetourDialogue type = reponse.typeRetourDialogue();
            String t = type == null ? "?" : type.name();
            return t + "/" + (reponse instanceof CodeRetourInconnu ? "CodeRetourInconnu" : reponse.codeRetour());
        }
        return failure instanceof DitServiceException e ? e.failure().name() : failure.getClass().getSimpleName();
    }
}

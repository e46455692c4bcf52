/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.error;

import io.github.omegadit.answer.Reponse;
import io.github.omegadit.protocol.Operation;
import java.util.Optional;

/**
 * Root of every exception omega-dit throws. A "no" from OMEGA is never an exception (see {@link Reponse}); exceptions
 * are for the caller's mistakes ({@link DitClientException}: nothing was sent) and for failures to get an answer
 * ({@link DitServiceException}).
 *
 * <p>Every instance says which call failed, the NumeroDemande when known, whether the request may have reached OMEGA,
 * and whether sending it again is safe.
 */
public abstract class DitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Operation operation;
    private final String numeroDemande;

    DitException(Operation operation, String numeroDemande, String message, Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.numeroDemande = numeroDemande;
    }

    /** The call that failed. */
    public Operation operation() {
        return operation;
    }

    /** The NumeroDemande of the dialogue, when one was known. */
    public Optional<String> numeroDemande() {
        return Optional.ofNullable(numeroDemande);
    }

    /** True when the request may have reached OMEGA (and may have changed the demande there). */
    public abstract boolean mayHaveBeenReceived();

    /**
     * True when sending the same request again cannot do harm: it never left, or the operation is idempotent
     * ({@link Operation#idempotent()}). A client-side error is never retry-safe as is: fix the request first.
     */
    public abstract boolean retrySafe();
}

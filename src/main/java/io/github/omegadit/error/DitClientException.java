/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.error;

import io.github.omegadit.protocol.Operation;

/** The caller's mistake, detected before anything was sent: an invalid request or a call out of sequence. */
public abstract sealed class DitClientException extends DitException
        permits InvalidRequestException, OutOfSequenceException {

    private static final long serialVersionUID = 1L;

    DitClientException(Operation operation, String numeroDemande, String message) {
        super(operation, numeroDemande, message, null);
    }

    /** Always false: nothing was sent. */
    @Override
    public final boolean mayHaveBeenReceived() {
        return false;
    }

    /** Always false: the same call would fail the same way. */
    @Override
    public final boolean retrySafe() {
        return false;
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import io.github.omegadit.protocol.Operation;
import java.time.Instant;
import java.util.Objects;

/**
 * One schema-valid call the simulator received, recorded as soon as it arrives, before any forced delay (malformed or
 * schema-invalid requests are answered with a SOAP fault and not recorded).
 *
 * @param operation     the operation, from the SOAP Body's root element
 * @param numeroPce     the PCE: from the request, or from the demande its NumeroDemande names; {@code null} when the
 *                      NumeroDemande is unknown
 * @param numeroDemande the NumeroDemande sent, or for CreerDemandeDIT the one created; {@code null} otherwise
 * @param codeRetour    the CodeRetour answered ({@code DmdKo}, {@code ListeDP}...), or for a forced HTTP status
 *                      {@code "HTTP <status>"}, {@code "SOAP fault"} for a forced fault, {@code "closed"} for a forced
 *                      closed connection (a forced lost answer records the CodeRetour that was not sent);
 *                      {@code null} while the call is being answered (a forced delay)
 * @param requestBody   the raw HTTP request body (the SOAP envelope), decoded as UTF-8
 * @param receivedAt    when the call arrived, on the simulator's clock
 */
public record RecordedCall(Operation operation, String numeroPce, String numeroDemande, String codeRetour,
        String requestBody, Instant receivedAt) {

    /** Operation, body and time are required. */
    public RecordedCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(requestBody, "requestBody");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** A short line, without the body. */
    @Override
    public String toString() {
        return operation + " pce=" + numeroPce + " demande=" + numeroDemande + " -> " + codeRetour;
    }
}

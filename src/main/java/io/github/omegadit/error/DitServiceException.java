/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.error;

import io.github.omegadit.protocol.Operation;

/**
 * No usable answer came from OMEGA: the connection failed, timed out or broke, or the answer was not a valid
 * CreerDIT message. {@link #failure()} says what happened; {@link #mayHaveBeenReceived()} and {@link #retrySafe()}
 * say what the caller may do.
 */
public final class DitServiceException extends DitException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Failure {
        /** Connection refused or host unknown: the request never left. */
        CONNECT_FAILED(false),
        /** No connection within the connect timeout: the request never left. */
        CONNECT_TIMEOUT(false),
        /** The TLS handshake failed (certificate, trust, hostname): the request never left. */
        TLS_HANDSHAKE_FAILED(false),
        /** The client-side call-rate limit was reached: the request never left. */
        RATE_LIMITED(false),
        /** No answer within the receive timeout. */
        RECEIVE_TIMEOUT(true),
        /** The whole call took longer than its deadline (e.g. an answer dribbled slowly). */
        DEADLINE_EXCEEDED(true),
        /** The connection broke after the request was written. */
        CONNECTION_LOST(true),
        /** An HTTP error status without a SOAP fault (e.g. 503 with an HTML page). */
        HTTP_ERROR(true),
        /** OMEGA, or a gateway in front of it, answered with a SOAP fault. */
        SOAP_FAULT(true),
        /** The answer is not a well-formed CreerDIT message (wrong content type, truncated, not the contract). */
        MALFORMED_RESPONSE(true),
        /** The answer was refused as hostile or too large (DOCTYPE, entities, nesting, size limits). */
        RESPONSE_REJECTED(true);

        private final boolean requestMayHaveLeft;

        Failure(boolean requestMayHaveLeft) {
            this.requestMayHaveLeft = requestMayHaveLeft;
        }

        /** False for the failures that provably happen before the request is written. */
        public boolean requestMayHaveLeft() {
            return requestMayHaveLeft;
        }
    }

    private final Failure failure;
    private final int httpStatus;

    /**
     * A service-side failure.
     *
     * @param httpStatus the HTTP status when one was received, else 0
     */
    public DitServiceException(Operation operation, String numeroDemande, Failure failure, int httpStatus,
            String message, Throwable cause) {
        super(operation, numeroDemande, operation + " failed (" + failure + (httpStatus > 0 ? ", HTTP " + httpStatus
                : "") + "): " + message, cause);
        this.failure = failure;
        this.httpStatus = httpStatus;
    }

    /** What went wrong. */
    public Failure failure() {
        return failure;
    }

    /** The HTTP status received, or 0 when none was. */
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public boolean mayHaveBeenReceived() {
        return failure.requestMayHaveLeft();
    }

    @Override
    public boolean retrySafe() {
        return !failure.requestMayHaveLeft() || operation().idempotent();
    }
}

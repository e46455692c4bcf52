/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.homologation;

import java.util.Objects;

/**
 * One check of the {@link Doctor}, with what it found.
 *
 * @param kind   which check
 * @param status how it went
 * @param detail what was found, in words an operator can act on (never a password)
 */
public record DoctorCheck(Kind kind, Status status, String detail) {

    /** The checks, in the order they run. */
    public enum Kind {
        /** The endpoint's host name resolves. */
        DNS("dns"),
        /** A TCP connection to the endpoint's port opens. */
        TCP("tcp"),
        /** The server's certificate chain is issued by a CA of the trust store. */
        TLS_CHAIN("tls-chain"),
        /** The server's certificate names the endpoint's host. */
        TLS_HOSTNAME("tls-hostname"),
        /** The server accepted our client certificate (seen at the first read with TLS 1.3). */
        TLS_CLIENT_CERTIFICATE("tls-client-certificate"),
        /** Days until the client certificate expires (renewal takes weeks). */
        CERTIFICATE_EXPIRY("certificate-expiry"),
        /** Our clock against the server's {@code Date} header. */
        CLOCK_SKEW("clock-skew"),
        /** The WSDL served (and the schema it imports) against the bundled contract. */
        WSDL("wsdl"),
        /** An opt-in VerifierRecevabiliteDIT for a given PCE. */
        VERIFIER_RECEVABILITE("verifier-recevabilite");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The name printed, e.g. {@code tls-chain}. */
        public String id() {
            return id;
        }
    }

    /** How a check went. */
    public enum Status {
        /** All is well. */
        PASS,
        /** Works today, but act now (e.g. a certificate expiring within 30 days). */
        WARN,
        /** Broken: calls will fail. */
        FAIL,
        /** Not run: not applicable (TLS on an http endpoint), not requested, or an earlier step failed. */
        SKIP
    }

    /** All required. */
    public DoctorCheck {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    /** True unless {@link Status#WARN} or {@link Status#FAIL}. */
    public boolean passed() {
        return status == Status.PASS || status == Status.SKIP;
    }

    @Override
    public String toString() {
        return String.format("%-4s  %-22s %s", status, kind.id(), detail);
    }
}

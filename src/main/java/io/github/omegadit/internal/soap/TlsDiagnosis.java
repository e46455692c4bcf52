/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;

/** Names the likely cause of a failed TLS handshake in words an operator can act on. */
public final class TlsDiagnosis {

    private TlsDiagnosis() {}

    /** The likely cause, in words an operator can act on. */
    public static String explain(SSLHandshakeException e) {
        StringBuilder all = new StringBuilder();
        boolean pkix = false;
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null) {
                all.append(c.getMessage()).append(' ');
            }
            pkix |= c instanceof CertPathValidatorException
                    || c.getClass().getName().endsWith("SunCertPathBuilderException");
        }
        String m = all.toString().toLowerCase(Locale.ROOT);
        String cause;
        if (m.contains("no subject alternative") || m.contains("no name matching")
                || (m.contains("hostname") && !pkix)) {
            cause = "hostname mismatch: the server certificate does not name the endpoint's host";
        } else if (pkix || m.contains("pkix") || m.contains("unable to find valid certification path")) {
            cause = "untrusted server: its certificate is not issued by a CA in the configured trust store";
        } else if (m.contains("bad_certificate") || m.contains("certificate_required")
                || m.contains("unknown_ca") || m.contains("certificate_unknown") || m.contains("access_denied")) {
            cause = "the server refused our client certificate: none is configured, or it is not issued by a CA "
                    + "the server trusts, or it has expired";
        } else if (hasCause(e, CertificateException.class)) {
            cause = "certificate problem: " + e.getMessage();
        } else {
            cause = "TLS handshake failed: " + e.getMessage();
        }
        return cause;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        return FailureTranslator.hasCause(t, type);
    }
}

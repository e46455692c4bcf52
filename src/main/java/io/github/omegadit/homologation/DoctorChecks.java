/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.homologation;

import static io.github.omegadit.homologation.DoctorCheck.Kind.CERTIFICATE_EXPIRY;
import static io.github.omegadit.homologation.DoctorCheck.Kind.CLOCK_SKEW;
import static io.github.omegadit.homologation.DoctorCheck.Kind.VERIFIER_RECEVABILITE;

import io.github.omegadit.DitClient;
import io.github.omegadit.TlsConfig;
import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.answer.RecevabiliteReponse;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.error.DitException;
import io.github.omegadit.homologation.DoctorCheck.Status;
import io.github.omegadit.request.VerifierRecevabilite;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The {@link Doctor}'s checks that need no socket of their own: clock, certificate expiry, receivability. */
final class DoctorChecks {

    private DoctorChecks() {}

    /** Our clock against the server's {@code Date}, ours taken halfway between sending and receiving. */
    static DoctorCheck clock(String date, Instant sent, Instant received, Duration max) {
        if (date == null) {
            return new DoctorCheck(CLOCK_SKEW, Status.WARN, "the server sent no Date header: clock not compared");
        }
        Instant server;
        try {
            server = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return new DoctorCheck(CLOCK_SKEW, Status.WARN, "the server's Date header '" + date
                    + "' is not an HTTP date");
        }
        Instant ours = sent.plus(Duration.between(sent, received).dividedBy(2));
        long skew = Duration.between(server, ours).getSeconds();
        String text = skew == 0 ? "our clock agrees with the server's (Date " + date + ")"
                : "our clock is " + Math.abs(skew) + " s " + (skew > 0 ? "ahead of" : "behind") + " the server's"
                + " (Date " + date + ")";
        boolean ok = Math.abs(skew) <= max.getSeconds();
        return new DoctorCheck(CLOCK_SKEW, ok ? Status.PASS : Status.FAIL, text + (ok ? "" : "; more than "
                + max.getSeconds() + " s: synchronise this machine's clock (NTP)"));
    }

    /** Days until the client certificate expires; renewal takes weeks, so under 30 days warns. */
    static DoctorCheck expiry(TlsConfig tls, boolean https, Instant now) {
        Instant notAfter = tls == null ? null : tls.clientCertificateExpiry();
        if (notAfter == null) {
            return new DoctorCheck(CERTIFICATE_EXPIRY, https ? Status.FAIL : Status.SKIP, https
                    ? "no client certificate is configured (pkcs12): OMEGA authenticates suppliers by certificate"
                    : "no client certificate configured (the endpoint is http)");
        }
        long days = Duration.between(now, notAfter).toDays();
        if (notAfter.isBefore(now)) {
            return new DoctorCheck(CERTIFICATE_EXPIRY, Status.FAIL, "the client certificate EXPIRED on " + notAfter
                    + " (" + Duration.between(notAfter, now).toDays() + " days ago): OMEGA refuses it");
        }
        if (notAfter.isBefore(now.plus(TlsConfig.EXPIRY_WARNING))) {
            return new DoctorCheck(CERTIFICATE_EXPIRY, Status.WARN, "the client certificate expires in " + days
                    + " days (" + notAfter + "): renew it now, renewal takes weeks");
        }
        return new DoctorCheck(CERTIFICATE_EXPIRY, Status.PASS, "the client certificate expires in " + days
                + " days (" + notAfter + ")");
    }

    /** One VerifierRecevabiliteDIT, when asked for. */
    static DoctorCheck verifier(DitClient client, VerifierRecevabilite request) {
        if (client == null) {
            return new DoctorCheck(VERIFIER_RECEVABILITE, Status.SKIP, "not requested (give a PCE to run it)");
        }
        try {
            RecevabiliteReponse r = client.newDialogue().verifierRecevabilite(request);
            String answer = r.typeRetourDialogue() + " / " + r.codeRetour() + " " + r.messages();
            if (r instanceof Recevable ok) {
                return new DoctorCheck(VERIFIER_RECEVABILITE, Status.PASS, "PCE " + request.numeroPce() + ": "
                        + answer + ", " + ok.interventions().size() + " intervention(s) possible");
            }
            return new DoctorCheck(VERIFIER_RECEVABILITE, Status.FAIL, "PCE " + request.numeroPce()
                    + (r instanceof DmdKo ? " refused: " : ": unexpected answer ") + answer);
        } catch (DitException e) {
            return new DoctorCheck(VERIFIER_RECEVABILITE, Status.FAIL, e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
    }
}

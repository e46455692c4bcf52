/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import io.github.omegadit.answer.Reponse;
import io.github.omegadit.error.DitClientException;
import io.github.omegadit.error.DitException;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.protocol.TypeRetourDialogue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of {@code omega-dit}, so that a script can tell "OMEGA said no" from "nothing was sent" from "we do
 * not know what happened" without parsing the output.
 *
 * <table>
 * <caption>Exit codes</caption>
 * <tr><th>code</th><th>meaning</th></tr>
 * <tr><td>0</td><td>success: OMEGA answered T (terminé) or P (à poursuivre)</td></tr>
 * <tr><td>1</td><td>anything else (an unexpected error)</td></tr>
 * <tr><td>2</td><td>invalid input or usage, nothing sent: unknown option, bad option value, missing or bad setting,
 *     request refused by the client's rule checks</td></tr>
 * <tr><td>3</td><td>refused or abandoned by OMEGA: answer A (DmdKo, or an unknown CodeRetour with A); also
 *     {@code creer} when the receivability check did not answer P, so no demande was created</td></tr>
 * <tr><td>4</td><td>transport failure, the request was not sent (connection refused, TLS handshake...)</td></tr>
 * <tr><td>5</td><td>outcome unknown: the request may have reached OMEGA but no usable answer came, or the answer's
 *     TypeRetourDialogue is not P, A or T</td></tr>
 * </table>
 */
final class ExitCodes {

    /** T or P answer. */
    static final int OK = 0;
    /** Anything else. */
    static final int ERROR = 1;
    /** Invalid input or usage; nothing sent. */
    static final int USAGE = 2;
    /** A answer. */
    static final int REFUSED = 3;
    /** Transport failure; the request was not sent. */
    static final int NOT_SENT = 4;
    /** The request may have reached OMEGA; the outcome is unknown. */
    static final int OUTCOME_UNKNOWN = 5;

    private ExitCodes() {}

    /** The {@code --help} section of the dialogue commands. */
    static Map<String, String> helpList() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("0", "success: OMEGA answered T (terminé) or P (à poursuivre)");
        m.put("1", "unexpected error");
        m.put("2", "invalid input or usage, nothing sent (bad option or setting, rule violation)");
        m.put("3", "refused or abandoned by OMEGA (answer A: DmdKo...)");
        m.put("4", "transport failure, the request was not sent (connection refused, TLS...)");
        m.put("5", "outcome unknown: the request may have reached OMEGA, no usable answer");
        return m;
    }

    /** The {@code --help} section of the commands that call no web service. */
    static Map<String, String> localHelpList() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("0", "success");
        m.put("1", "unexpected error");
        m.put("2", "invalid input or usage");
        return m;
    }

    /**
     * The code for a result: by the TypeRetourDialogue of its {@link io.github.omegadit.answer.AnnexeA} row (A
     * refused, P and T success), or of an unknown code as sent; outcome unknown when no answer came
     * ({@link io.github.omegadit.answer.ResultatIncertain}) or its type is not P, A or T.
     */
    static int of(Reponse answer) {
        TypeRetourDialogue type = answer.typeRetourDialogue();
        if (type == null) {
            return OUTCOME_UNKNOWN;
        }
        return type == TypeRetourDialogue.A ? REFUSED : OK;
    }

    /** The code for an exception of the library. */
    static int of(DitException e) {
        if (e instanceof DitClientException) {
            return USAGE;
        }
        if (e instanceof DitServiceException) {
            return e.mayHaveBeenReceived() ? OUTCOME_UNKNOWN : NOT_SENT;
        }
        return ERROR;
    }
}

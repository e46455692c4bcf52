/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.error.Violation;
import java.util.ArrayList;
import java.util.List;

/** Rule R9: Utilisateur.Login is mandatory; CodePostal, when given, is exactly five digits. Both requests. */
final class R9Utilisateur {

    static final String ID = "R9";

    private R9Utilisateur() {}

    /**
     * @param login           Utilisateur.Login the client sends
     * @param codePostal      the request's postal code, or {@code null}
     * @param codePostalField its field path, which differs between the two requests
     */
    static List<Violation> check(String login, String codePostal, String codePostalField) {
        List<Violation> found = new ArrayList<>(0);
        if (Fields.isBlank(login)) {
            found.add(Violation.error(ID, Fields.LOGIN, "Utilisateur.Login is mandatory: configure the client with"
                    + " the OMEGA identifier of the user making the demande"));
        }
        if (codePostal != null && !isFiveDigits(codePostal)) {
            found.add(Violation.error(ID, codePostalField, "CodePostal must be exactly 5 digits, e.g. 75011, got '"
                    + codePostal + "'; leave it out if unknown"));
        }
        return found;
    }

    private static boolean isFiveDigits(String s) {
        if (s.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}

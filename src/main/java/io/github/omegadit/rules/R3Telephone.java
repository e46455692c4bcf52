/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.error.Violation;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.request.CreerDemande;
import java.util.List;

/** Rule R3: from NumeroVersion V8, ContactIntervention.Telephone holds digits only (0-9). */
final class R3Telephone {

    static final String ID = "R3";

    private R3Telephone() {}

    static List<Violation> check(CreerDemande request, RuleContext context) {
        if (request.contact() == null || request.contact().telephone() == null
                || !context.numeroVersion().isAtLeast(NumeroVersion.V8)) {
            return List.of();
        }
        if (digitsOnly(request.contact().telephone())) {
            return List.of();
        }
        // the number itself stays out of the message: messages end up in logs
        return List.of(Violation.error(ID, Fields.CONTACT_TELEPHONE, "ContactIntervention.Telephone must contain"
                + " digits 0-9 only from NumeroVersion " + NumeroVersion.V8 + " on (the client sends "
                + context.numeroVersion() + "): remove spaces, dots, dashes and the +33 prefix, e.g. 0612345678;"
                + " Telephones.digitsOnly converts such written forms"));
    }

    private static boolean digitsOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}

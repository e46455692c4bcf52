/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.error.Violation;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule R11: the technician's work order keeps only the first 15 characters of Nom, 5 of CodeAcces and 60 of
 * ComplementAdresse. OMEGA stores the whole value, so this is a warning and the value is sent as given.
 */
final class R11Troncature {

    static final String ID = "R11";
    static final int NOM = 15;
    static final int CODE_ACCES = 5;
    static final int COMPLEMENT_ADRESSE = 60;

    private R11Troncature() {}

    static List<Violation> check(CreerDemande request) {
        ContactIntervention contact = request.contact();
        if (contact == null) {
            return List.of();
        }
        List<Violation> found = new ArrayList<>(0);
        warnIfLonger(found, Fields.CONTACT_NOM, contact.nom(), NOM);
        warnIfLonger(found, Fields.CONTACT_CODE_ACCES, contact.codeAcces(), CODE_ACCES);
        warnIfLonger(found, Fields.CONTACT_COMPLEMENT_ADRESSE, contact.complementAdresse(), COMPLEMENT_ADRESSE);
        return found;
    }

    private static void warnIfLonger(List<Violation> found, String field, String value, int limit) {
        if (value == null) {
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (length > limit) {
            String name = field.substring(field.lastIndexOf('.') + 1);
            found.add(Violation.warning(ID, field, name + " has " + length + " characters: the technician's work"
                    + " order shows only the first " + limit + "; it is sent as given"));
        }
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.error.Violation;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rule R11: what the technician's work order keeps of the request. Guide §3.3.1.2, ContactIntervention: the data
 * "seront présentes sur le Bon d'Intervention de l'agent … de la manière suivante : ObservationDisco =
 * getMotifIntervention(20) + " " + getPrecisionIntervention(20) + " " + truncate(Nom, 15) + " " +
 * truncate(CodeAcces, 5) + " " + truncate(ComplementAdresse, 16 à 60)".
 *
 * <p>Read part by part: the motif's label (Annexe B's, from the catalogue) and PrecisionIntervention are cut at 20
 * characters, Nom at 15, CodeAcces at 5, and ComplementAdresse gets "16 à 60": at least 16, at most 60. Every part at
 * its most with its four spaces takes 64 characters, and 64 + 16 = 80, while 60 fit only after 20 or fewer: so
 * ObservationDisco holds 80 characters and ComplementAdresse gets what the parts before it leave, between 16 and 60.
 * That is how it is computed here, from the lengths of this request's own parts (a motif label the catalogue does not
 * know counts as 20). OMEGA records every field whole; only the work order is cut. So each is a warning for the
 * caller's own text (PrecisionIntervention, Nom, CodeAcces, ComplementAdresse), never for the catalogue's label, and
 * the value is sent as given.
 */
final class R11Troncature {

    static final String ID = "R11";
    static final int MOTIF = 20;
    static final int PRECISION = 20;
    static final int NOM = 15;
    static final int CODE_ACCES = 5;
    static final int COMPLEMENT_ADRESSE_MIN = 16;
    static final int COMPLEMENT_ADRESSE_MAX = 60;
    /** ObservationDisco's length, as the formula's bounds give it: 64 characters of parts and spaces, and 16. */
    static final int OBSERVATION_DISCO = MOTIF + PRECISION + NOM + CODE_ACCES + 4 + COMPLEMENT_ADRESSE_MIN;

    private R11Troncature() {}

    static List<Violation> check(CreerDemande request, RuleContext context) {
        List<Violation> found = new ArrayList<>(0);
        String precision = request.precisionIntervention();
        warnIfLonger(found, Fields.PRECISION, precision, PRECISION, "");
        ContactIntervention contact = request.contact();
        if (contact == null) {
            return found;
        }
        warnIfLonger(found, Fields.CONTACT_NOM, contact.nom(), NOM, "");
        warnIfLonger(found, Fields.CONTACT_CODE_ACCES, contact.codeAcces(), CODE_ACCES, "");
        int before = Math.min(motifLength(request, context), MOTIF) + kept(precision, PRECISION)
                + kept(contact.nom(), NOM) + kept(contact.codeAcces(), CODE_ACCES) + 4;
        int room = Math.max(COMPLEMENT_ADRESSE_MIN, Math.min(COMPLEMENT_ADRESSE_MAX, OBSERVATION_DISCO - before));
        warnIfLonger(found, Fields.CONTACT_COMPLEMENT_ADRESSE, contact.complementAdresse(), room,
                " (ComplementAdresse gets " + COMPLEMENT_ADRESSE_MIN + " to " + COMPLEMENT_ADRESSE_MAX + ": what "
                        + "the motif's label, PrecisionIntervention, Nom and CodeAcces before it leave of "
                        + OBSERVATION_DISCO + ")");
        return found;
    }

    /** The length of the motif's label on the work order: 0 without motif, 20 when the catalogue does not know it. */
    private static int motifLength(CreerDemande request, RuleContext context) {
        String code = request.codeIntervention();
        String motif = Fields.motif(request.codeMotif());
        if (motif.isEmpty()) {
            return 0;
        }
        if (Fields.isBlank(code)) {
            return MOTIF;
        }
        int longest = -1;
        for (Segment segment : Segments.inQuestion(code, request.segment(), context)) {
            Optional<String> libelle = context.catalogue().libelleMotif(segment, code, motif);
            if (libelle.isPresent()) {
                longest = Math.max(longest, length(libelle.get()));
            }
        }
        return longest < 0 ? MOTIF : longest;
    }

    private static int kept(String value, int limit) {
        return value == null ? 0 : Math.min(length(value), limit);
    }

    private static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    private static void warnIfLonger(List<Violation> found, String field, String value, int limit, String why) {
        if (value == null) {
            return;
        }
        int length = length(value);
        if (length > limit) {
            String name = field.substring(field.lastIndexOf('.') + 1);
            found.add(Violation.warning(ID, field, name + " has " + length + " characters: the technician's work"
                    + " order (ObservationDisco, guide §3.3.1.2) shows only the first " + limit + why
                    + "; it is sent as given"));
        }
    }
}

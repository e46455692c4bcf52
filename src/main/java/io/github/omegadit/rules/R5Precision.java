/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.error.Violation;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.Segment;
import java.util.List;
import java.util.Optional;

/**
 * Rule R5: PrecisionIntervention is mandatory with a motif the catalogue labels "Autre" for this code. The label
 * decides, not the motif number: code 34's motif 01 is "Dysfonctionnement de comptage" from V24.1.
 */
final class R5Precision {

    static final String ID = "R5";

    private R5Precision() {}

    static List<Violation> check(CreerDemande request, RuleContext context) {
        String code = request.codeIntervention();
        String motif = Fields.motif(request.codeMotif());
        if (Fields.isBlank(code) || motif.isEmpty() || !Fields.isBlank(request.precisionIntervention())) {
            return List.of();
        }
        for (Segment segment : Segments.inQuestion(code, request.segment(), context)) {
            Optional<String> libelle = context.catalogue().libelleMotif(segment, code, motif);
            if (libelle.isPresent() && isAutre(libelle.get())) {
                return List.of(Violation.error(ID, Fields.PRECISION, "PrecisionIntervention is mandatory with motif "
                        + motif + " \"" + libelle.get() + "\" of code " + code
                        + ": describe the intervention for the technician"));
            }
        }
        return List.of();
    }

    private static boolean isAutre(String libelle) {
        return libelle.strip().equalsIgnoreCase("Autre");
    }
}

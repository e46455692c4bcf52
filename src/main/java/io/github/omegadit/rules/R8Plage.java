/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.error.Violation;
import io.github.omegadit.request.CreerDemande;
import java.util.List;

/**
 * Rule R8: RdvDemande.Plage is required to book an appointment for a 6M or 1M PCE (JJ/JM/MM PCEs are booked at the
 * requested date). Without a stated segment the code and the receivability answer tell the segment; when they
 * cannot, nothing is reported.
 */
final class R8Plage {

    static final String ID = "R8";

    private R8Plage() {}

    static List<Violation> check(CreerDemande request, RuleContext context) {
        if (!Fields.isBlank(request.rdvPlage())
                || !Segments.allSixMOrOneM(
                        Segments.inQuestion(request.codeIntervention(), request.segment(), context))) {
            return List.of();
        }
        return List.of(Violation.error(ID, Fields.RDV_PLAGE, "RdvDemande.Plage is mandatory for 6M and 1M PCEs:"
                + " give the time slot wished with RdvDemande.Date (see the guide d'implémentation for the values)"));
    }
}

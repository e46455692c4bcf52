/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.error.Violation;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.Segment;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule R6: OptionExpress "1" only for the codes Annexe B marks express in the segment(s) in question. A code the
 * catalogue does not know there is left to rule R7: without a table row there is nothing to judge by.
 */
final class R6Express {

    static final String ID = "R6";

    private R6Express() {}

    static List<Violation> check(CreerDemande request, RuleContext context) {
        String code = request.codeIntervention();
        if (!request.optionExpress() || Fields.isBlank(code)) {
            return List.of();
        }
        Catalogue catalogue = context.catalogue();
        Set<Segment> segments = Segments.inQuestion(code, request.segment(), context);
        boolean known = false;
        for (Segment segment : segments) {
            if (catalogue.segmentsOf(code).contains(segment)) {
                known = true;
                if (catalogue.expressAllowed(segment, code)) {
                    return List.of();
                }
            }
        }
        if (!known) {
            return List.of();
        }
        Set<String> express = expressCodes(catalogue, segments);
        return List.of(Violation.error(ID, Fields.OPTION_EXPRESS, "OptionExpress is not allowed for code " + code
                + (express.isEmpty() ? ": Annexe B allows it for no code of this segment"
                        : ": Annexe B allows it only for " + String.join(", ", express))
                + "; send the demande without express"));
    }

    private static Set<String> expressCodes(Catalogue catalogue, Set<Segment> segments) {
        Set<String> codes = new LinkedHashSet<>();
        for (Catalogue.Entry e : catalogue.entries()) {
            if (e.express() && segments.contains(e.segment())) {
                codes.add(e.code());
            }
        }
        return codes;
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.answer.InterventionPossible;
import io.github.omegadit.error.Violation;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.Segment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule R7: the (CodeLibelleIntervention, CodeMotifIntervention) pair must be allowed. The authority is, in order:
 * the Interventions of this PCE's receivability answer when at hand; else the catalogue rows of the segment the
 * caller stated; else the rows of every segment. The motif of a meter-data check (rule R4) is not compared: the guide
 * says OMEGA does not check it, and R4 requires it empty.
 */
final class R7CodeMotif {

    static final String ID = "R7";

    private R7CodeMotif() {}

    static List<Violation> check(CreerDemande request, RuleContext context) {
        String code = request.codeIntervention();
        if (Fields.isBlank(code)) {
            return List.of();
        }
        String motif = Fields.motif(request.codeMotif());
        boolean anyMotif = R4IndexComptage.appliesTo(request, context);
        if (context.interventionsRecevables() != null) {
            return againstReceivability(code, motif, anyMotif, context.interventionsRecevables(),
                    context.catalogue());
        }
        return againstCatalogue(code, motif, anyMotif, request.segment(), context.catalogue());
    }

    private static List<Violation> againstReceivability(String code, String motif, boolean anyMotif,
            List<InterventionPossible> answer, Catalogue catalogue) {
        Set<String> motifsOfCode = new LinkedHashSet<>();
        for (InterventionPossible possible : answer) {
            if (code.equals(possible.codeIntervention())) {
                String allowed = Fields.motif(possible.codeMotif());
                if (anyMotif || allowed.equals(motif)) {
                    return List.of();
                }
                motifsOfCode.add(allowed);
            }
        }
        if (motifsOfCode.isEmpty()) {
            Set<String> codes = new LinkedHashSet<>();
            for (InterventionPossible possible : answer) {
                codes.add(possible.codeIntervention());
            }
            return List.of(Violation.error(ID, Fields.CODE_INTERVENTION, "intervention code " + code
                    + " is not among those OMEGA allows for this PCE (receivability answer)"
                    + (codes.isEmpty() ? ", which allows none" : "; allowed codes: " + String.join(", ", codes))));
        }
        Map<String, String> labelled = new LinkedHashMap<>();
        for (String m : motifsOfCode) {
            labelled.put(m, labelFromCatalogue(catalogue, code, m));
        }
        return List.of(wrongMotif(code, motif, labelled, "for this PCE (receivability answer)"));
    }

    private static List<Violation> againstCatalogue(String code, String motif, boolean anyMotif, Segment stated,
            Catalogue catalogue) {
        Set<Segment> scope = stated == null ? EnumSet.allOf(Segment.class) : EnumSet.of(stated);
        Map<String, String> allowed = new LinkedHashMap<>();
        for (Segment segment : scope) {
            if (catalogue.allows(segment, code, motif) || (anyMotif && !catalogue.motifs(segment, code).isEmpty())) {
                return List.of();
            }
            for (String m : catalogue.motifs(segment, code)) {
                allowed.putIfAbsent(m, catalogue.libelleMotif(segment, code, m).orElse(""));
            }
        }
        String table = catalogue.release().isEmpty() ? "Annexe B" : "Annexe B " + catalogue.release();
        if (allowed.isEmpty()) {
            Set<Segment> elsewhere = catalogue.segmentsOf(code);
            if (elsewhere.isEmpty()) {
                return List.of(Violation.error(ID, Fields.CODE_INTERVENTION, "unknown intervention code " + code
                        + ": it is not in " + table));
            }
            List<String> names = new ArrayList<>();
            elsewhere.forEach(s -> names.add(s.libelle()));
            return List.of(Violation.error(ID, Fields.CODE_INTERVENTION, "intervention code " + code
                    + " is not offered for " + stated.libelle() + " PCEs: " + table + " lists it for "
                    + String.join(", ", names) + " only"));
        }
        String where = stated == null ? "in " + table : "for " + stated.libelle() + " PCEs in " + table;
        return List.of(wrongMotif(code, motif, allowed, where));
    }

    /** The motif's label in any segment of the catalogue, or "" when the catalogue does not know the pair. */
    private static String labelFromCatalogue(Catalogue catalogue, String code, String motif) {
        for (Segment segment : catalogue.segmentsOf(code)) {
            String label = catalogue.libelleMotif(segment, code, motif).orElse("");
            if (!label.isEmpty()) {
                return label;
            }
        }
        return "";
    }

    /** {@code allowed} maps each allowed motif ("" for none) to its label ("" when unknown). */
    private static Violation wrongMotif(String code, String motif, Map<String, String> allowed, String where) {
        if (allowed.size() == 1 && allowed.containsKey("")) {
            return Violation.error(ID, Fields.CODE_MOTIF, "code " + code + " takes no motif " + where
                    + ": leave CodeMotifIntervention empty (got '" + motif + "')");
        }
        List<String> described = new ArrayList<>();
        allowed.forEach((m, label) -> described.add(m.isEmpty() ? "none" : label.isEmpty() ? m
                : m + " (" + label + ")"));
        String problem = motif.isEmpty() ? "code " + code + " needs a motif " + where
                : "motif " + motif + " is not allowed with code " + code + " " + where;
        return Violation.error(ID, Fields.CODE_MOTIF, problem + "; allowed motifs: " + String.join(", ", described));
    }
}

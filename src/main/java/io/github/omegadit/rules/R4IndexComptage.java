/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.error.Violation;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.IndexClient;
import io.github.omegadit.request.IndexConteste;
import io.github.omegadit.request.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule R4: the meter-data checks (G1 and 253 in the V24.1 table: catalogue column {@code index}) need IndexConteste
 * (TypeIndex, ValeurIndexReleve, DateIndexConteste) and IndexClient (ValeurIndexClient, DateIndexClient), and an
 * empty CodeMotifIntervention (guide §3.3.1.2: the motif is not checked for these DIT and must be empty).
 */
final class R4IndexComptage {

    static final String ID = "R4";

    private R4IndexComptage() {}

    /** True when the catalogue marks the code a meter-data check in one of the segments in question. */
    static boolean appliesTo(CreerDemande request, RuleContext context) {
        String code = request.codeIntervention();
        if (Fields.isBlank(code)) {
            return false;
        }
        for (Segment segment : Segments.inQuestion(code, request.segment(), context)) {
            if (context.catalogue().indexRequired(segment, code)) {
                return true;
            }
        }
        return false;
    }

    static List<Violation> check(CreerDemande request, RuleContext context) {
        String code = request.codeIntervention();
        if (!appliesTo(request, context)) {
            return List.of();
        }
        List<Violation> found = new ArrayList<>(0);
        if (!Fields.motif(request.codeMotif()).isEmpty()) {
            found.add(Violation.error(ID, Fields.CODE_MOTIF, "CodeMotifIntervention must be empty for code " + code
                    + " (meter-data check), got '" + request.codeMotif() + "'"));
        }
        IndexConteste conteste = request.indexConteste();
        if (conteste == null) {
            found.add(Violation.error(ID, Fields.INDEX_CONTESTE, "IndexConteste is mandatory for code " + code
                    + ": give TypeIndex (Annexe C, 01 to 06), ValeurIndexReleve and DateIndexConteste"));
        } else {
            if (conteste.typeIndex() == null) {
                found.add(missing(Fields.INDEX_CONTESTE_TYPE, code,
                        "the type of the contested index, an Annexe C code 01 to 06"));
            }
            if (Fields.isBlank(conteste.valeur())) {
                found.add(missing(Fields.INDEX_CONTESTE_VALEUR, code, "the contested index value"));
            }
            if (conteste.date() == null) {
                found.add(missing(Fields.INDEX_CONTESTE_DATE, code, "the date of the contested index"));
            }
        }
        IndexClient client = request.indexClient();
        if (client == null) {
            found.add(Violation.error(ID, Fields.INDEX_CLIENT, "IndexClient is mandatory for code " + code
                    + ": give ValeurIndexClient and DateIndexClient"));
        } else {
            if (Fields.isBlank(client.valeur())) {
                found.add(missing(Fields.INDEX_CLIENT_VALEUR, code, "the index the customer reads"));
            }
            if (client.date() == null) {
                found.add(missing(Fields.INDEX_CLIENT_DATE, code, "the date the customer read the index"));
            }
        }
        return found;
    }

    private static Violation missing(String field, String code, String what) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        return Violation.error(ID, field, name + " is mandatory for code " + code + ": " + what);
    }
}

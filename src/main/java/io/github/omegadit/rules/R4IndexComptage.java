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
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule R4: the DIT "vérification des données de comptage" (catalogue column {@code index}: G1 and 253 in the V24.1
 * table) needs IndexConteste (TypeIndex, ValeurIndexReleve, DateIndexConteste) and IndexClient (ValeurIndexClient,
 * DateIndexClient), and an empty CodeMotifIntervention (guide §3.3.1.2: "Section à renseigner obligatoirement pour
 * les DIT vérification de données de comptage"; the motif "n'est pas contrôlé pour les DIT Vérification des données de
 * comptage et doit être vide"). §3.3.1.1 says of each index field "Ce champ est spécifique à la DIT vérification des
 * données de comptage": sent with another code the catalogue knows, an index section is a warning (OMEGA's use of it
 * is not documented) and is sent as given.
 *
 * <p>Which codes are that DIT: those Annexe B labels "Vérification des données de comptage", G1 (6M, 6M télérelevé
 * and 1M) and 253 (JJ/JM/MM): the DIT the V7 history adds with OMEGA V10 and its "nouvelles balises d'appel V10" (the
 * index sections), replacing the former checks "avec déplacement" and "sans déplacement". R9 ("sans déplacement",
 * kept by V7.1) and A7 ("sans déplacement ARLV", V8.1) are other DIT types: no index, no V10 requirement (R2 requires
 * V10 for every code marked {@code index}).
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
            return specificFieldsElsewhere(request, code, context.catalogue());
        }
        List<Violation> found = new ArrayList<>(0);
        if (!Fields.motif(request.codeMotif()).isEmpty()) {
            found.add(Violation.error(ID, Fields.CODE_MOTIF, "CodeMotifIntervention must be empty for code " + code
                    + " (vérification des données de comptage), got '" + request.codeMotif() + "'"));
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

    /** Warnings for index sections sent with a code the catalogue knows and does not mark {@code index}. */
    private static List<Violation> specificFieldsElsewhere(CreerDemande request, String code, Catalogue catalogue) {
        if (Fields.isBlank(code) || catalogue.segmentsOf(code).isEmpty()
                || request.indexConteste() == null && request.indexClient() == null) {
            return List.of();
        }
        Set<String> checks = new TreeSet<>();
        for (Catalogue.Entry e : catalogue.entries()) {
            if (e.indexRequired()) {
                checks.add(e.code());
            }
        }
        List<Violation> found = new ArrayList<>(2);
        if (request.indexConteste() != null) {
            found.add(specific(Fields.INDEX_CONTESTE, code, checks));
        }
        if (request.indexClient() != null) {
            found.add(specific(Fields.INDEX_CLIENT, code, checks));
        }
        return found;
    }

    private static Violation specific(String field, String code, Set<String> checks) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        return Violation.warning(ID, field, name + " is specific to the DIT vérification des données de comptage ("
                + String.join(", ", checks) + "), not code " + code + "; it is sent as given");
    }

    private static Violation missing(String field, String code, String what) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        return Violation.error(ID, field, name + " is mandatory for code " + code + ": " + what);
    }
}

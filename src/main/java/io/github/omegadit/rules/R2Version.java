/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.error.Violation;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule R2: NumeroVersion, compared numerically. The guide lists V6 to V9; V10 brought the DIT "vérification des
 * données de comptage", which needs it (§1.2: "La création de DIT vérification des données comptages nécessite
 * l'utilisation de la version OMEGA V10 des webservices"; history V7: "Ajout de la nouvelle DIT vérification des
 * données de comptages … Ajout des nouvelles balises d'appel V10"). Which code needs which version is catalogue data
 * (column {@code version_min}); a code the catalogue marks {@code index} (rule R4) needs V10 whatever that column
 * says, since its index sections are the V10 tags. That DIT is G1 and 253 (see rule R4 for why R9 and A7 are not).
 */
final class R2Version {

    static final String ID = "R2";
    static final NumeroVersion OLDEST = new NumeroVersion(6);

    private R2Version() {}

    /** Both requests: the version itself. */
    static List<Violation> check(NumeroVersion version) {
        if (version.compareTo(OLDEST) < 0) {
            return List.of(Violation.error(ID, Fields.NUMERO_VERSION, "NumeroVersion " + version
                    + " is not supported: use " + OLDEST + " or later (the guide lists V6 to V9, V10 adds the"
                    + " DIT vérification des données de comptage)"));
        }
        return List.of();
    }

    /** CreerDemandeDIT: the version, and the one the code needs in the segments in question (V10 for G1...). */
    static List<Violation> check(CreerDemande request, RuleContext context) {
        List<Violation> found = new ArrayList<>(check(context.numeroVersion()));
        String code = request.codeIntervention();
        if (Fields.isBlank(code)) {
            return found;
        }
        Catalogue catalogue = context.catalogue();
        NumeroVersion needed = null;
        for (Segment segment : Segments.inQuestion(code, request.segment(), context)) {
            NumeroVersion v = catalogue.versionRequired(segment, code).orElse(null);
            if (v != null && (needed == null || v.compareTo(needed) > 0)) {
                needed = v;
            }
        }
        if (needed != null && !context.numeroVersion().isAtLeast(needed)) {
            String label = catalogue.libelle(code);
            found.add(Violation.error(ID, Fields.NUMERO_VERSION, "intervention code " + code
                    + (label.isEmpty() ? "" : " (" + label + ")") + " needs NumeroVersion " + needed
                    + " or later, but the client sends " + context.numeroVersion() + "; configure the client with "
                    + needed));
        }
        return found;
    }
}

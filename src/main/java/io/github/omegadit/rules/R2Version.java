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
 * Rule R2: NumeroVersion, compared numerically. The guide lists V6 to V9; V10 brought the meter-data checks, which
 * need it ("La création de DIT vérification des données comptages nécessite l'utilisation de la version OMEGA
 * V10"). Which code needs which version is catalogue data (column {@code version_min}).
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
                    + " meter-data checks)"));
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
            NumeroVersion v = catalogue.versionMin(segment, code).orElse(null);
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

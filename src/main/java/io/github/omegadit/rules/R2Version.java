package io.github.omegadit.rules;

import io.github.omegadit.error.Violation;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.request.CreerDemande;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule R2: NumeroVersion, compared numerically. The guide lists V6 to V9; V10 brought the meter-data checks, which
 * need it ("La création de DIT vérification des données comptages nécessite l'utilisation de la version OMEGA
 * V10").
 */
final class R2Version {

    static final String ID = "R2";
    static final NumeroVersion OLDEST = new NumeroVersion(6);
    /** The meter-data-check interventions of Annexe B. */
    static final Set<String> CODES_NEEDING_V10 = Set.of("G1", "253", "R9", "A7");

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

    /** CreerDemandeDIT: the version, and V10 for the meter-data checks. */
    static List<Violation> check(CreerDemande request, RuleContext context) {
        List<Violation> found = new ArrayList<>(check(context.numeroVersion()));
        String code = request.codeIntervention();
        if (code != null && CODES_NEEDING_V10.contains(code) && !context.numeroVersion().isAtLeast(NumeroVersion.V10)) {
            found.add(Violation.error(ID, Fields.NUMERO_VERSION, "intervention code " + code
                    + " (meter-data check) needs NumeroVersion " + NumeroVersion.V10
                    + " or later, but the client sends " + context.numeroVersion() + "; configure the client with "
                    + NumeroVersion.V10));
        }
        return found;
    }
}

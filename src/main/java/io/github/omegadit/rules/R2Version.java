package io.github.omegadit.rules;

import io.github.omegadit.error.Violation;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.request.CreerDemande;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule R2: NumeroVersion, compared numerically. The guide lists V6 to V9; V10 brought the DIT "vérification des
 * données de comptage", which needs it (§1.2: "La création de DIT vérification des données comptages nécessite
 * l'utilisation de la version OMEGA V10 des webservices"; history V7: "Ajout de la nouvelle DIT vérification des
 * données de comptages … Ajout des nouvelles balises d'appel V10"). That DIT is G1 and 253, the codes of rule R4 (see
 * there why R9 and A7 are not).
 */
final class R2Version {

    static final String ID = "R2";
    static final NumeroVersion OLDEST = new NumeroVersion(6);
    /** The DIT "vérification des données de comptage": the same codes as R4's. */
    static final Set<String> CODES_NEEDING_V10 = R4IndexComptage.CODES;

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

    /** CreerDemandeDIT: the version, and V10 for the meter-data checks. */
    static List<Violation> check(CreerDemande request, RuleContext context) {
        List<Violation> found = new ArrayList<>(check(context.numeroVersion()));
        String code = request.codeIntervention();
        if (code != null && CODES_NEEDING_V10.contains(code) && !context.numeroVersion().isAtLeast(NumeroVersion.V10)) {
            found.add(Violation.error(ID, Fields.NUMERO_VERSION, "intervention code " + code
                    + " (vérification des données de comptage) needs NumeroVersion " + NumeroVersion.V10
                    + " or later, but the client sends " + context.numeroVersion() + "; configure the client with "
                    + NumeroVersion.V10));
        }
        return found;
    }
}

package io.github.omegadit.rules;

import io.github.omegadit.CreerDemande;
import io.github.omegadit.VerifierRecevabilite;
import java.util.List;

/** Business rules R1-R11. PLACEHOLDER: implemented under issue 4. */
public final class DitRules {

    private DitRules() {}

    /** Every violation of a receivability check. */
    public static List<Violation> verifierRecevabilite(VerifierRecevabilite request, RuleContext context) {
        return List.of();
    }

    /** Every violation of a creation request. */
    public static List<Violation> creerDemande(CreerDemande request, RuleContext context) {
        return List.of();
    }
}

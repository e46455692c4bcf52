/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.error.Violation;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.VerifierRecevabilite;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule {@code CONTRACT}: the fields the contract requires whatever the intervention (NumeroPCE,
 * CodeLibelleIntervention, RdvDemande.Date). OMEGA refuses a request without them, so they are reported with the
 * business rules rather than left to the SOAP layer.
 */
final class ContractRule {

    static final String ID = "CONTRACT";

    private ContractRule() {}

    static List<Violation> check(VerifierRecevabilite request) {
        if (Fields.isBlank(request.numeroPce())) {
            return List.of(Violation.error(ID, Fields.NUMERO_PCE,
                    "NumeroPCE is mandatory: give the number of the PCE the demande is about"));
        }
        return List.of();
    }

    static List<Violation> check(CreerDemande request) {
        List<Violation> found = new ArrayList<>(0);
        if (Fields.isBlank(request.numeroPce())) {
            found.add(Violation.error(ID, Fields.DEMANDE_NUMERO_PCE,
                    "NumeroPCE is mandatory: give the number of the PCE the demande is about"));
        }
        if (Fields.isBlank(request.codeIntervention())) {
            found.add(Violation.error(ID, Fields.CODE_INTERVENTION,
                    "CodeLibelleIntervention is mandatory: choose an intervention code of Annexe B"
                            + " (or of the receivability answer for this PCE)"));
        }
        if (request.rdvDate() == null) {
            found.add(Violation.error(ID, Fields.RDV_DATE,
                    "RdvDemande.Date is mandatory: the first appointment date wished"));
        }
        return found;
    }
}

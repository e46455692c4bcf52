/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.protocol;

import java.util.Optional;

/**
 * The seven calls of the CreerDIT dialogue, with whether each may be sent again after a transport failure.
 *
 * <p>Only {@link #VERIFIER_RECEVABILITE_DIT} and {@link #DEMANDER_PREC_SUIV} are safe to repeat: the others change
 * the state of the demande at OMEGA (guide §2.1) and are sent at most once.
 */
public enum Operation {
    /** Step 1: is a DIT receivable for this PCE? No side effect beyond a refusal record: retried. */
    VERIFIER_RECEVABILITE_DIT("VerifierRecevabiliteDIT", true),
    /** Step 2: creates the demande. Not idempotent: never sent twice. */
    CREER_DEMANDE_DIT("CreerDemandeDIT", false),
    /** Step 3: proposes another date and plage; it becomes the demande's requested date. */
    PROPOSER_DATE_PLAGE("ProposerDatePlage", false),
    /** Step 3: the previous or next slots. Only reads: retried. */
    DEMANDER_PREC_SUIV("DemanderPrecSuiv", true),
    /** Step 3: books a slot offered. */
    ACCEPTER_RDV("AccepterRdv", false),
    /** Stop: the demande is kept at its requested date. */
    ABANDONNER_RDV("AbandonnerRdv", false),
    /** Stop: the demande is abandoned. */
    ABANDONNER_DEMANDE("AbandonnerDemande", false);

    private final String wsdlName;
    private final boolean idempotent;

    Operation(String wsdlName, boolean idempotent) {
        this.wsdlName = wsdlName;
        this.idempotent = idempotent;
    }

    /** The operation name in the WSDL, e.g. {@code CreerDemandeDIT}. */
    public String wsdlName() {
        return wsdlName;
    }

    /**
     * The operation of a WSDL name, e.g. {@code CreerDemandeDIT}.
     *
     * @param name the name, case-sensitive as in the WSDL
     * @return the operation, empty for any other name
     */
    public static Optional<Operation> fromWsdlName(String name) {
        for (Operation op : values()) {
            if (op.wsdlName.equals(name)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    /** True when sending the call twice cannot change anything at OMEGA, so a transport failure may be retried. */
    public boolean idempotent() {
        return idempotent;
    }

    @Override
    public String toString() {
        return wsdlName;
    }
}

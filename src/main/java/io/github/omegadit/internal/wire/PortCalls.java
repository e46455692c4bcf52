/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.wire;

import io.github.omegadit.answer.AbandonReponse;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.RdvReponse;
import io.github.omegadit.answer.RecevabiliteReponse;
import io.github.omegadit.internal.generated.CreerDITPortType;
import io.github.omegadit.protocol.Operation;

/**
 * The client's side of the wire: each call of the dialogue on the CXF proxy of the generated port type, from a
 * typed {@link Request} to the record of the answer. The transport (deadline, retries, failures) is the caller's.
 */
public final class PortCalls {

    private PortCalls() {}

    /** VerifierRecevabiliteDIT. */
    public static RecevabiliteReponse verifier(CreerDITPortType port, Request.Verifier r) {
        return Answers.recevabilite(port.verifierRecevabiliteDIT(Requests.verifier(r)));
    }

    /** CreerDemandeDIT. */
    public static CreationReponse creer(CreerDITPortType port, Request.Creer r) {
        return Answers.creation(port.creerDemandeDIT(Requests.creer(r)));
    }

    /** ProposerDatePlage. */
    public static RdvReponse proposer(CreerDITPortType port, Request.Proposer r) {
        return Answers.rdv(Operation.PROPOSER_DATE_PLAGE, port.proposerDatePlage(Requests.proposer(r)));
    }

    /** DemanderPrecSuiv. */
    public static RdvReponse precSuiv(CreerDITPortType port, Request.PrecSuiv r) {
        return Answers.rdv(Operation.DEMANDER_PREC_SUIV, port.demanderPrecSuiv(Requests.precSuiv(r)));
    }

    /** AccepterRdv. */
    public static RdvReponse accepter(CreerDITPortType port, Request.Accepter r) {
        return Answers.rdv(Operation.ACCEPTER_RDV, port.accepterRdv(Requests.accepter(r)));
    }

    /** AbandonnerRdv. */
    public static AbandonReponse abandonnerRdv(CreerDITPortType port, Request.AbandonnerRdv r) {
        return Answers.abandon(Operation.ABANDONNER_RDV, port.abandonnerRdv(Requests.abandonnerRdv(r)));
    }

    /** AbandonnerDemande. */
    public static AbandonReponse abandonnerDemande(CreerDITPortType port, Request.AbandonnerDemande r) {
        return Answers.abandon(Operation.ABANDONNER_DEMANDE, port.abandonnerDemande(Requests.abandonnerDemande(r)));
    }
}

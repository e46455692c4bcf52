/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.wire;

import io.github.omegadit.protocol.Operation;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.request.Sens;
import io.github.omegadit.request.VerifierRecevabilite;
import java.time.LocalDate;

/**
 * One request of the dialogue as typed values, whichever side holds it: the client maps it to the wire
 * ({@link Requests#toWire}), the simulator reads it from the wire ({@link Requests#fromWire}) and works on it. One
 * record per operation, each with the {@link Identity} block.
 */
public sealed interface Request {

    /** The supplier identity block. */
    Identity identity();

    /** The call. */
    Operation operation();

    /** The NumeroDemande the call names; {@code null} for the first two steps, which have none yet. */
    default String numeroDemande() {
        return null;
    }

    /** VerifierRecevabiliteDIT. */
    record Verifier(Identity identity, VerifierRecevabilite verifier) implements Request {
        @Override
        public Operation operation() {
            return Operation.VERIFIER_RECEVABILITE_DIT;
        }
    }

    /** CreerDemandeDIT; TypeDemande is always DIT, so it is not carried. */
    record Creer(Identity identity, CreerDemande demande) implements Request {
        @Override
        public Operation operation() {
            return Operation.CREER_DEMANDE_DIT;
        }
    }

    /** ProposerDatePlage; the date and plage as sent (either may be missing in what a simulator receives). */
    record Proposer(Identity identity, String numeroDemande, LocalDate date, String plage) implements Request {
        @Override
        public Operation operation() {
            return Operation.PROPOSER_DATE_PLAGE;
        }
    }

    /** DemanderPrecSuiv. */
    record PrecSuiv(Identity identity, String numeroDemande, Sens sens) implements Request {
        @Override
        public Operation operation() {
            return Operation.DEMANDER_PREC_SUIV;
        }
    }

    /** AccepterRdv; the date and plage as sent. */
    record Accepter(Identity identity, String numeroDemande, LocalDate date, String plage) implements Request {
        @Override
        public Operation operation() {
            return Operation.ACCEPTER_RDV;
        }

        /** The slot, when both parts were sent. */
        public DatePlage slot() {
            return date == null || plage == null ? null : new DatePlage(date, plage);
        }
    }

    /** AbandonnerRdv. */
    record AbandonnerRdv(Identity identity, String numeroDemande) implements Request {
        @Override
        public Operation operation() {
            return Operation.ABANDONNER_RDV;
        }
    }

    /** AbandonnerDemande. */
    record AbandonnerDemande(Identity identity, String numeroDemande) implements Request {
        @Override
        public Operation operation() {
            return Operation.ABANDONNER_DEMANDE;
        }
    }
}

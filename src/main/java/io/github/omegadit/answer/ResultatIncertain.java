/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.error.DitServiceException;

/**
 * {@code CreerDemandeDIT} was sent and no answer came (timeout, connection lost, unreadable answer): OMEGA may or may
 * not have created the demande (guide §2.1, event 5: "?"). The client never resends it. Look the demande up in
 * OMEGA's request follow-up (portal or publications) by {@link #referenceDemande()} before trying again.
 *
 * @param numeroPce        the PCE of the request
 * @param referenceDemande your ReferenceDemande, or {@code null} if the request had none
 * @param cause            the transport failure, with its details
 */
public record ResultatIncertain(String numeroPce, String referenceDemande, DitServiceException cause)
        implements CreationReponse {

    /** Calls {@code visitor.resultatIncertain(this)}. */
    @Override
    public <R> R accept(CreationReponse.Visitor<R> visitor) {
        return visitor.resultatIncertain(this);
    }
}

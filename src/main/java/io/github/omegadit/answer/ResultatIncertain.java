/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.error.DitServiceException;
import java.util.List;
import java.util.Optional;

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

    /** Always empty: no answer came. */
    @Override
    public Optional<AnnexeA> annexeA() {
        return Optional.empty();
    }

    /** Always empty: no answer came. */
    @Override
    public List<String> messages() {
        return List.of();
    }

    /** Always {@code null}: if OMEGA created the demande, its number is in OMEGA's request follow-up. */
    @Override
    public String numeroDemande() {
        return null;
    }

    @Override
    public <R> R accept(CreationReponse.Visitor<R> visitor) {
        return visitor.resultatIncertain(this);
    }
}

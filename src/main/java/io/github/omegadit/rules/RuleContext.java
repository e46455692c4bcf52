/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.rules;

import io.github.omegadit.answer.InterventionPossible;
import io.github.omegadit.protocol.NumeroVersion;
import java.util.List;
import java.util.Objects;

/**
 * What the rules need besides the request itself.
 *
 * @param numeroVersion  the NumeroVersion the client sends (rules R2, R3)
 * @param login          Utilisateur.Login the client sends (rule R9)
 * @param catalogue      the Annexe B catalogue in force (rules R2, R4-R7)
 * @param interventionsRecevables the Interventions of this PCE's receivability answer, the authority for rule R7, or
 *                       {@code null} when none is at hand
 */
public record RuleContext(NumeroVersion numeroVersion, String login, Catalogue catalogue,
        List<InterventionPossible> interventionsRecevables) {

    /**
     * Version and catalogue are required.
     *
     * @param numeroVersion           the NumeroVersion the client sends, required
     * @param login                   Utilisateur.Login the client sends
     * @param catalogue               the catalogue in force, required
     * @param interventionsRecevables the receivability answer's Interventions, or {@code null}
     */
    public RuleContext {
        Objects.requireNonNull(numeroVersion, "numeroVersion");
        Objects.requireNonNull(catalogue, "catalogue");
        interventionsRecevables = interventionsRecevables == null ? null : List.copyOf(interventionsRecevables);
    }
}

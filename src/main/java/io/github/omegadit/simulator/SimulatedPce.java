/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import io.github.omegadit.internal.simulator.Departements;
import io.github.omegadit.request.Segment;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A PCE (meter point) of the simulator's directory.
 *
 * <pre>{@code
 * sim.addPce(new SimulatedPce("GI100001", Segment.SIX_M, "6M", "44000", "Nantes", OmegaSimulator.DEMO_NUMERO_CAD));
 * }</pre>
 *
 * @param numeroPce          the PCE number
 * @param segment            the Annexe B segment: decides the allowed interventions and whether an appointment is
 *                           taken ({@link Segment#SIX_M}, {@link Segment#SIX_M_TLRV_1M}) or the demande is registered
 *                           at the requested date ({@link Segment#JJ_JM_MM})
 * @param frequenceReleve    reading frequency shown by {@link OmegaSimulator#describe()} ("6M", "1M", "JJ"...);
 *                           informative only
 * @param codePostal         the PCE's postal code (5 digits); a request's CodePostal must be in the same département
 * @param commune            the PCE's commune, informative only
 * @param numeroCadTitulaire NumeroCAD of the supplier holding the PCE; another supplier gets "Habilitation incorrecte"
 */
public record SimulatedPce(String numeroPce, Segment segment, String frequenceReleve, String codePostal,
        String commune, String numeroCadTitulaire) {

    private static final Pattern CODE_POSTAL = Pattern.compile("[0-9]{5}");

    /** Validates the fields: all required, postal code of 5 digits. */
    public SimulatedPce {
        Objects.requireNonNull(numeroPce, "numeroPce");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(codePostal, "codePostal");
        Objects.requireNonNull(numeroCadTitulaire, "numeroCadTitulaire");
        if (numeroPce.isBlank()) {
            throw new IllegalArgumentException("numeroPce must not be blank");
        }
        if (!CODE_POSTAL.matcher(codePostal).matches()) {
            throw new IllegalArgumentException("codePostal must be 5 digits, got '" + codePostal + "'");
        }
        if (numeroCadTitulaire.isBlank()) {
            throw new IllegalArgumentException("numeroCadTitulaire must not be blank");
        }
        frequenceReleve = frequenceReleve == null || frequenceReleve.isBlank() ? segment.csvName() : frequenceReleve;
        commune = commune == null ? "" : commune;
    }

    /** A PCE whose reading frequency is shown as the segment's name. */
    public SimulatedPce(String numeroPce, Segment segment, String codePostal, String commune,
            String numeroCadTitulaire) {
        this(numeroPce, segment, null, codePostal, commune, numeroCadTitulaire);
    }

    /**
     * The département of the postal code: its first two digits, three for overseas (97x, 98x); Corsica's 2A and 2B
     * both use postal codes 20xxx and count as one.
     */
    public String departement() {
        return Departements.of(codePostal);
    }
}

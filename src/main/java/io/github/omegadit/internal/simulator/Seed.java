/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import static io.github.omegadit.simulator.OmegaSimulator.AUTRE_DN_ENTREPRISE;
import static io.github.omegadit.simulator.OmegaSimulator.AUTRE_NUMERO_CAD;
import static io.github.omegadit.simulator.OmegaSimulator.DEMO_DN_ENTREPRISE;
import static io.github.omegadit.simulator.OmegaSimulator.DEMO_NUMERO_CAD;
import static io.github.omegadit.simulator.OmegaSimulator.PCE_1M;
import static io.github.omegadit.simulator.OmegaSimulator.PCE_6M;
import static io.github.omegadit.simulator.OmegaSimulator.PCE_6M_TLRV;
import static io.github.omegadit.simulator.OmegaSimulator.PCE_AUTRE_FOURNISSEUR;
import static io.github.omegadit.simulator.OmegaSimulator.PCE_JJ;
import static io.github.omegadit.simulator.OmegaSimulator.PCE_MM;

import io.github.omegadit.request.Segment;
import io.github.omegadit.simulator.SimulatedPce;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seeded directory (documented on {@code OmegaSimulator}): two suppliers, six PCEs. */
public final class Seed {

    /** The PCEs, in the order the directory lists them. */
    public static final List<SimulatedPce> PCES = List.of(
            new SimulatedPce(PCE_6M, Segment.SIX_M, "6M", "75011", "Paris", DEMO_NUMERO_CAD),
            new SimulatedPce(PCE_6M_TLRV, Segment.SIX_M_TLRV_1M, "6M télérelevé", "69003", "Lyon", DEMO_NUMERO_CAD),
            new SimulatedPce(PCE_1M, Segment.SIX_M_TLRV_1M, "1M", "13008", "Marseille", DEMO_NUMERO_CAD),
            new SimulatedPce(PCE_JJ, Segment.JJ_JM_MM, "JJ", "59000", "Lille", DEMO_NUMERO_CAD),
            new SimulatedPce(PCE_MM, Segment.JJ_JM_MM, "MM", "31000", "Toulouse", DEMO_NUMERO_CAD),
            new SimulatedPce(PCE_AUTRE_FOURNISSEUR, Segment.SIX_M, "6M", "33000", "Bordeaux", AUTRE_NUMERO_CAD));

    private Seed() {}

    /** NumeroCAD to DNEntreprise of the seeded suppliers, the demo one first. */
    public static Map<String, String> suppliers() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(DEMO_NUMERO_CAD, DEMO_DN_ENTREPRISE);
        m.put(AUTRE_NUMERO_CAD, AUTRE_DN_ENTREPRISE);
        return m;
    }
}

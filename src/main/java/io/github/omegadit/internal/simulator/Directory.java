/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.simulator.SimulatedPce;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The suppliers (NumeroCAD to DNEntreprise) and PCEs the simulator knows; guarded by the engine's lock. */
final class Directory {

    private final Map<String, String> suppliers = new LinkedHashMap<>();
    private final Map<String, SimulatedPce> pces = new LinkedHashMap<>();

    Directory(Map<String, String> suppliers, List<SimulatedPce> pces) {
        this.suppliers.putAll(suppliers);
        pces.forEach(this::addPce);
    }

    void addPce(SimulatedPce pce) {
        pces.put(pce.numeroPce(), pce);
    }

    SimulatedPce pce(String numeroPce) {
        return numeroPce == null ? null : pces.get(numeroPce);
    }

    List<SimulatedPce> pces() {
        return List.copyOf(pces.values());
    }

    void addSupplier(String numeroCad, String dnEntreprise) {
        suppliers.put(numeroCad, dnEntreprise);
    }

    /** The DNEntreprise of a NumeroCAD, or {@code null} for an unknown supplier. */
    String dnEntreprise(String numeroCad) {
        return numeroCad == null ? null : suppliers.get(numeroCad);
    }

    Map<String, String> suppliers() {
        return Map.copyOf(suppliers);
    }
}

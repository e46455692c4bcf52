/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.answer.PresenceClient;
import java.util.Set;

/**
 * The customer presence the simulator announces for an intervention code (the guide leaves it to OMEGA): obligatory
 * where the technician works on the meter or needs the premises, not needed where nothing is done on site, wished
 * otherwise. The motif does not change it.
 */
final class Presence {

    /** Meter changed, laid, removed or tested, supply restored: the customer must let the technician in. */
    static final Set<String> OBLIGATOIRE = Set.of("34", "35", "U7", "37", "04", "13", "S6",
            "208", "209", "217", "218", "232", "243", "244", "245", "252");
    /** Done remotely or outside the premises. */
    static final Set<String> NON_OBLIGATOIRE = Set.of("V8", "R9", "A7", "B9", "P9", "207", "249", "250");

    private Presence() {}

    static PresenceClient of(String code) {
        if (OBLIGATOIRE.contains(code)) {
            return PresenceClient.PO;
        }
        if (NON_OBLIGATOIRE.contains(code)) {
            return PresenceClient.PNO;
        }
        return PresenceClient.PS;
    }
}

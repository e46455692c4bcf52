/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import static io.github.omegadit.simulator.OmegaSimulator.DEMO_DN_ENTREPRISE;
import static io.github.omegadit.simulator.OmegaSimulator.DEMO_LOGIN;
import static io.github.omegadit.simulator.OmegaSimulator.DEMO_NUMERO_CAD;
import static io.github.omegadit.simulator.OmegaSimulator.PCE_INCONNU;

import io.github.omegadit.simulator.PlageHoraire;
import io.github.omegadit.simulator.SimulatedPce;
import java.net.URI;
import java.util.Map;

/** The text of {@code OmegaSimulator.describe()}: endpoint, demo identity, PCE directory, calendar. */
public final class Description {

    private Description() {}

    /**
     * The description.
     *
     * @param url the endpoint, or {@code null} when not running
     */
    public static String of(DialogueEngine engine, URI url) {
        StringBuilder sb = new StringBuilder();
        sb.append("OMEGA CreerDIT simulator").append(url == null ? " (not running)" : " at " + url).append('\n');
        sb.append("  today ").append(engine.today()).append(" (").append(engine.clock().getZone()).append(")\n");
        sb.append("Demo supplier: DNEntreprise \"").append(DEMO_DN_ENTREPRISE).append("\", NumeroCAD ")
                .append(DEMO_NUMERO_CAD).append(", Login ").append(DEMO_LOGIN).append(" (any non-blank login)\n");
        sb.append("Other suppliers:");
        engine.suppliers().entrySet().stream().filter(e -> !e.getKey().equals(DEMO_NUMERO_CAD))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(" ").append(e.getKey()).append(" \"").append(e.getValue()).append('"'));
        sb.append('\n');
        sb.append(String.format("%-16s %-22s %-15s %-11s %-12s %s%n", "NumeroPCE", "segment", "frequency",
                "CodePostal", "commune", "holder"));
        for (SimulatedPce p : engine.pces()) {
            sb.append(String.format("%-16s %-22s %-15s %-11s %-12s %s%n", p.numeroPce(), p.segment().libelle(),
                    p.frequenceReleve(), p.codePostal(), p.commune(),
                    p.numeroCadTitulaire() + (p.numeroCadTitulaire().equals(DEMO_NUMERO_CAD) ? " (demo)" : "")));
        }
        sb.append(String.format("%-16s %s%n", PCE_INCONNU, "unknown: \"Numéro de PCE incorrect ou inconnu\""));
        sb.append("Plages (code, HeureMin-HeureMax, appointments per working day):\n");
        for (PlageHoraire p : engine.plages()) {
            sb.append("  ").append(p).append('\n');
        }
        DialogueEngine.Settings s = engine.settings();
        sb.append("First bookable day: ").append(engine.earliestBookableDay(false)).append(" (")
                .append(s.leadTime()).append(" working days), express ").append(engine.earliestBookableDay(true))
                .append(" (").append(s.expressLeadTime()).append(")\n");
        sb.append(s.prebooked() ? "Pre-booked: Tuesdays MATIN and DEBUT-MATINEE, Thursdays APRES-MIDI and "
                + "FIN-APRES-MIDI\n" : "No pre-booked load\n");
        return sb.toString();
    }
}

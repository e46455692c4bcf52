/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A plage (appointment slot code) of the simulator's calendar, with its real hours and how many appointments a day
 * it can take. The guide leaves plage codes to the distributor's implementation guide; these are the simulator's.
 *
 * @param code     the code sent in {@code Plage} / {@code PlageHoraire}, e.g. {@code MATIN}
 * @param heureMin real start, answered as {@code HeureMin}
 * @param heureMax real end, answered as {@code HeureMax}
 * @param capacite appointments per working day in this plage (each {@code AccepterRdv} takes one)
 */
public record PlageHoraire(String code, LocalTime heureMin, LocalTime heureMax, int capacite) {

    /**
     * The default plages, in the order slot lists are sorted by within a day.
     *
     * <table>
     * <caption>Default plages</caption>
     * <tr><th>code</th><th>HeureMin</th><th>HeureMax</th><th>capacity</th></tr>
     * <tr><td>{@code MATIN}</td><td>08:00</td><td>12:00</td><td>4</td></tr>
     * <tr><td>{@code APRES-MIDI}</td><td>13:30</td><td>17:30</td><td>4</td></tr>
     * <tr><td>{@code DEBUT-MATINEE}</td><td>08:00</td><td>10:00</td><td>2</td></tr>
     * <tr><td>{@code FIN-MATINEE}</td><td>10:00</td><td>12:00</td><td>2</td></tr>
     * <tr><td>{@code DEBUT-APRES-MIDI}</td><td>13:30</td><td>15:30</td><td>2</td></tr>
     * <tr><td>{@code FIN-APRES-MIDI}</td><td>15:30</td><td>17:30</td><td>2</td></tr>
     * </table>
     */
    public static final List<PlageHoraire> DEFAULTS = List.of(
            new PlageHoraire("MATIN", LocalTime.of(8, 0), LocalTime.of(12, 0), 4),
            new PlageHoraire("APRES-MIDI", LocalTime.of(13, 30), LocalTime.of(17, 30), 4),
            new PlageHoraire("DEBUT-MATINEE", LocalTime.of(8, 0), LocalTime.of(10, 0), 2),
            new PlageHoraire("FIN-MATINEE", LocalTime.of(10, 0), LocalTime.of(12, 0), 2),
            new PlageHoraire("DEBUT-APRES-MIDI", LocalTime.of(13, 30), LocalTime.of(15, 30), 2),
            new PlageHoraire("FIN-APRES-MIDI", LocalTime.of(15, 30), LocalTime.of(17, 30), 2));

    /** Code and hours are required, the hours ordered, the capacity at least 1. */
    public PlageHoraire {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(heureMin, "heureMin");
        Objects.requireNonNull(heureMax, "heureMax");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a plage code must not be blank");
        }
        if (!heureMin.isBefore(heureMax)) {
            throw new IllegalArgumentException("plage " + code + ": heureMin " + heureMin + " must be before heureMax "
                    + heureMax);
        }
        if (capacite < 1) {
            throw new IllegalArgumentException("plage " + code + ": capacity must be at least 1, got " + capacite);
        }
    }

    @Override
    public String toString() {
        return code + " " + heureMin + "-" + heureMax + " (" + capacite + "/day)";
    }
}

/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.request.DatePlage;
import io.github.omegadit.simulator.PlageHoraire;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Capacity per (working day, plage): the seeded pre-booked load plus what was booked or forced since the last reset.
 * Not thread-safe: the {@link DialogueEngine} lock guards it.
 */
final class AppointmentBook {

    /** Seeded load: these plages are fully booked on Tuesdays. */
    static final Set<String> FULL_ON_TUESDAY = Set.of("MATIN", "DEBUT-MATINEE");
    /** Seeded load: these plages are fully booked on Thursdays. */
    static final Set<String> FULL_ON_THURSDAY = Set.of("APRES-MIDI", "FIN-APRES-MIDI");

    private final Map<String, PlageHoraire> plages = new LinkedHashMap<>();
    private final boolean prebooked;
    /** Booked units where they differ from the seed, keyed by slot. */
    private final Map<DatePlage, Integer> booked = new HashMap<>();

    AppointmentBook(List<PlageHoraire> plages, boolean prebooked) {
        for (PlageHoraire p : plages) {
            if (this.plages.put(p.code(), p) != null) {
                throw new IllegalArgumentException("plage code " + p.code() + " is defined twice");
            }
        }
        if (this.plages.isEmpty()) {
            throw new IllegalArgumentException("at least one plage is needed");
        }
        this.prebooked = prebooked;
    }

    List<PlageHoraire> plages() {
        return List.copyOf(plages.values());
    }

    Optional<PlageHoraire> plage(String code) {
        return Optional.ofNullable(code == null ? null : plages.get(code));
    }

    /** Units already taken: 0 on days that are not working days, where nothing can be booked anyway. */
    int booked(LocalDate day, PlageHoraire plage) {
        Integer b = booked.get(new DatePlage(day, plage.code()));
        return b != null ? b : seed(day, plage);
    }

    private int seed(LocalDate day, PlageHoraire plage) {
        if (!prebooked) {
            return 0;
        }
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.TUESDAY && FULL_ON_TUESDAY.contains(plage.code())
                || dow == DayOfWeek.THURSDAY && FULL_ON_THURSDAY.contains(plage.code())) {
            return plage.capacite();
        }
        return 0;
    }

    /** Units still free; 0 for an unknown plage or a day that is not a working day. */
    int remaining(LocalDate day, String code) {
        PlageHoraire p = plages.get(code);
        if (p == null || !WorkingDays.isWorkingDay(day)) {
            return 0;
        }
        return Math.max(0, p.capacite() - booked(day, p));
    }

    /** Takes one unit; false when none is left. */
    boolean book(LocalDate day, String code) {
        if (remaining(day, code) == 0) {
            return false;
        }
        PlageHoraire p = plages.get(code);
        booked.put(new DatePlage(day, code), booked(day, p) + 1);
        return true;
    }

    /** Marks the slot full. */
    void occupy(LocalDate day, String code) {
        PlageHoraire p = require(code);
        booked.put(new DatePlage(day, code), p.capacite());
    }

    /** Empties the slot, seeded load included. */
    void free(LocalDate day, String code) {
        require(code);
        booked.put(new DatePlage(day, code), 0);
    }

    /** The free slots of one day, in plage order. */
    List<DatePlage> freeSlots(LocalDate day) {
        List<DatePlage> out = new ArrayList<>();
        for (PlageHoraire p : plages.values()) {
            if (remaining(day, p.code()) > 0) {
                out.add(new DatePlage(day, p.code()));
            }
        }
        return out;
    }

    /** Back to the seeded load. */
    void reset() {
        booked.clear();
    }

    private PlageHoraire require(String code) {
        PlageHoraire p = plages.get(code);
        if (p == null) {
            throw new IllegalArgumentException("unknown plage '" + code + "': known plages are " + plages.keySet());
        }
        return p;
    }
}

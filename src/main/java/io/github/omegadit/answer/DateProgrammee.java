/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.answer;

import io.github.omegadit.request.DatePlage;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A programmed (or to-be-confirmed) appointment.
 *
 * @param date                      the day
 * @param plageHoraire              the slot code
 * @param heureMin                  real start of the slot, or {@code null} when OMEGA gave none
 * @param heureMax                  real end of the slot, or {@code null} when OMEGA gave none
 * @param retourSynchroIntervention position (1, 2 or 3) of the synchronisable appointment, or {@code null}
 */
public record DateProgrammee(LocalDate date, String plageHoraire, LocalTime heureMin, LocalTime heureMax,
        Integer retourSynchroIntervention) {

    /** The slot as a {@link DatePlage}, e.g. to accept it. */
    public DatePlage datePlage() {
        return new DatePlage(date, plageHoraire);
    }
}

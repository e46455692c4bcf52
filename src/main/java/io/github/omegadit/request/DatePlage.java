/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.request;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An appointment slot: a date and a plage (time-slot code; the guide defers the list of plage codes to the
 * distributor's implementation guide, so they are open strings).
 *
 * @param date  the day
 * @param plage the slot code, e.g. {@code "MATIN"}
 */
public record DatePlage(LocalDate date, String plage) {

    /**
     * Both parts are required.
     *
     * @param date RdvDemande.Date, the requested day
     * @param plage RdvDemande.Plage, e.g. {@code "MATIN"}
     */
    public DatePlage {
        Objects.requireNonNull(date, "DatePlage.date");
        Objects.requireNonNull(plage, "DatePlage.plage");
    }

    @Override
    public String toString() {
        return date + " " + plage;
    }
}

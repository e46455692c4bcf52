/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The distributor's working days: Monday to Friday, minus the French public holidays (the eight fixed-date ones and
 * the three that follow Easter: Easter Monday, Ascension Thursday, Whit Monday).
 */
public final class WorkingDays {

    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(
            MonthDay.of(1, 1),   // Jour de l'an
            MonthDay.of(5, 1),   // Fête du travail
            MonthDay.of(5, 8),   // Victoire 1945
            MonthDay.of(7, 14),  // Fête nationale
            MonthDay.of(8, 15),  // Assomption
            MonthDay.of(11, 1),  // Toussaint
            MonthDay.of(11, 11), // Armistice
            MonthDay.of(12, 25)); // Noël

    private WorkingDays() {}

    /** True for Monday to Friday when the day is not a French public holiday. */
    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isPublicHoliday(day);
    }

    /** True for the French public holidays, fixed-date and Easter-based. */
    public static boolean isPublicHoliday(LocalDate day) {
        if (FIXED_HOLIDAYS.contains(MonthDay.from(day))) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        return day.equals(easter.plusDays(1)) || day.equals(easter.plusDays(39)) || day.equals(easter.plusDays(50));
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computation). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }

    /** The first working day strictly after {@code day}. */
    public static LocalDate next(LocalDate day) {
        LocalDate d = day.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last working day strictly before {@code day}. */
    public static LocalDate previous(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** {@code day} itself when it is a working day, else the next one. */
    public static LocalDate onOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : next(day);
    }

    /** The working day {@code n} working days after {@code day} ({@code n >= 0}; 0 gives {@link #onOrAfter}). */
    public static LocalDate plus(LocalDate day, int n) {
        if (n == 0) {
            return onOrAfter(day);
        }
        LocalDate d = day;
        for (int k = 0; k < n; k++) {
            d = next(d);
        }
        return d;
    }

    /** The working day {@code n} working days before {@code day} ({@code n >= 1}). */
    public static LocalDate minus(LocalDate day, int n) {
        LocalDate d = day;
        for (int k = 0; k < n; k++) {
            d = previous(d);
        }
        return d;
    }
}

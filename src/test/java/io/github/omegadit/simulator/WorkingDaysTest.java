/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.omegadit.internal.simulator.WorkingDays;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The simulator's working days: Monday to Friday minus the French public holidays. */
class WorkingDaysTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2026-01-01, Jour de l'an",
        "2026-04-06, Lundi de Pâques (Easter 2026-04-05)",
        "2025-04-21, Lundi de Pâques (Easter 2025-04-20)",
        "2024-04-01, Lundi de Pâques (Easter 2024-03-31)",
        "2026-05-01, Fête du travail",
        "2026-05-08, Victoire 1945",
        "2026-05-14, Ascension",
        "2026-05-25, Lundi de Pentecôte",
        "2027-05-06, Ascension 2027 (Easter 2027-03-28)",
        "2026-07-14, Fête nationale",
        "2025-08-15, Assomption",
        "2026-11-11, Armistice",
        "2026-12-25, Noël"})
    void publicHolidays_areNotWorkingDays(LocalDate day, String name) {
        assertThat(WorkingDays.isPublicHoliday(day)).isTrue();
        assertThat(WorkingDays.isWorkingDay(day)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-11-30", "2026-12-24", "2026-04-03", "2026-05-15", "2026-07-13"})
    void ordinaryWeekdays_areWorkingDays(LocalDate day) {
        assertThat(WorkingDays.isWorkingDay(day)).isTrue();
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2026-11-30, 0, 2026-11-30",
        "2026-11-28, 0, 2026-11-30",
        "2026-11-30, 3, 2026-12-03",
        "2026-12-04, 1, 2026-12-07",
        "2026-12-24, 1, 2026-12-28",
        "2026-11-10, 1, 2026-11-12",
        "2026-12-31, 1, 2027-01-04"})
    void plus_skipsWeekendsAndHolidays(LocalDate from, int n, LocalDate expected) {
        assertThat(WorkingDays.plus(from, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} - {1} working days = {2}")
    @CsvSource({"2026-12-07, 2, 2026-12-03", "2026-12-28, 1, 2026-12-24", "2026-11-12, 1, 2026-11-10"})
    void minus_skipsWeekendsAndHolidays(LocalDate from, int n, LocalDate expected) {
        assertThat(WorkingDays.minus(from, n)).isEqualTo(expected);
    }
}

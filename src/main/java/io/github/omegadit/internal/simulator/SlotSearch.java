/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.simulator;

import io.github.omegadit.answer.DateProgrammee;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.simulator.PlageHoraire;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the engine looks for free slots (guide §3.3.2.2: a ListeDP covers the two working days after the requested
 * date, every plage, at most 24 slots). Works on the {@link AppointmentBook}; guarded by the engine's lock.
 */
final class SlotSearch {

    /** ListeDatePlage holds at most this many slots (guide §3.3.2.2). */
    static final int MAX_SLOTS = 24;
    /** How many two-day windows a search looks through before giving up with an empty list. */
    static final int HORIZON_WINDOWS = 400;

    /** The first day of a list and its slots. */
    record Window(LocalDate start, List<DatePlage> slots) {}

    private final AppointmentBook book;

    SlotSearch(AppointmentBook book) {
        this.book = book;
    }

    /** True when the slot can be booked: not before the earliest day, a known plage, a unit free. */
    boolean bookable(LocalDate day, String plage, LocalDate earliest) {
        return day != null && plage != null && !day.isBefore(earliest) && book.remaining(day, plage) > 0;
    }

    /** The first day of the list offered for a requested date: the next working day, not before the earliest. */
    static LocalDate standardStart(LocalDate requested, LocalDate earliest) {
        LocalDate next = WorkingDays.next(requested);
        return next.isBefore(earliest) ? earliest : next;
    }

    /** The first two-day window from {@code start} onwards that has a free slot (empty when none in the horizon). */
    Window forward(LocalDate start, LocalDate earliest) {
        LocalDate first = WorkingDays.onOrAfter(start.isBefore(earliest) ? earliest : start);
        LocalDate s = first;
        for (int i = 0; i < HORIZON_WINDOWS; i++) {
            List<DatePlage> slots = windowSlots(s, earliest);
            if (!slots.isEmpty()) {
                return new Window(s, slots);
            }
            s = WorkingDays.plus(s, 2);
        }
        return new Window(first, List.of());
    }

    /** The first two-day window from {@code start} backwards, never before {@code earliest}, that has a free slot. */
    Window backward(LocalDate start, LocalDate earliest) {
        LocalDate first = WorkingDays.onOrAfter(start.isBefore(earliest) ? earliest : start);
        LocalDate s = first;
        while (true) {
            List<DatePlage> slots = windowSlots(s, earliest);
            if (!slots.isEmpty()) {
                return new Window(s, slots);
            }
            if (!s.isAfter(earliest)) {
                return forward(first, earliest);
            }
            LocalDate back = WorkingDays.minus(s, 2);
            s = back.isBefore(earliest) ? earliest : back;
        }
    }

    /** The slot with the real hours of its plage. */
    DateProgrammee dateProgrammee(LocalDate date, String plage) {
        PlageHoraire p = book.plage(plage).orElseThrow();
        return new DateProgrammee(date, plage, p.heureMin(), p.heureMax(), null);
    }

    /** The free slots of the two working days from {@code start} (not before {@code earliest}), at most 24. */
    private List<DatePlage> windowSlots(LocalDate start, LocalDate earliest) {
        List<DatePlage> out = new ArrayList<>();
        LocalDate day = WorkingDays.onOrAfter(start.isBefore(earliest) ? earliest : start);
        for (int i = 0; i < 2; i++) {
            out.addAll(book.freeSlots(day));
            day = WorkingDays.next(day);
        }
        return out.size() > MAX_SLOTS ? List.copyOf(out.subList(0, MAX_SLOTS)) : out;
    }
}

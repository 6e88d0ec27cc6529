package org.hasila.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Date arithmetic against a reference date; every method returns {@code null} when it cannot resolve. */
final class CalendarMath {

    private CalendarMath() {
    }

    static LocalDate of(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The day-month with the year that puts it closest to, and not after, the reference. */
    static LocalDate withoutYear(int month, int day, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        for (int year = reference.getYear(); year >= reference.getYear() - 4; year--) {
            LocalDate date = of(year, month, day);
            if (date != null && !date.isAfter(reference)) {
                return date;
            }
        }
        return null;
    }

    /** News reports past events: a bare weekday is the latest such day on or before the reference. */
    static LocalDate latestOnOrBefore(DayOfWeek weekday, LocalDate reference) {
        return reference == null ? null : reference.with(TemporalAdjusters.previousOrSame(weekday));
    }

    /**
     * "اليوم السبت" (today, Saturday) is the day it was written: on a page dated Friday and written on since (a live
     * page), the Saturday after; on one dated Monday, the Saturday before. The nearer such day, within three days.
     */
    static LocalDate nearest(DayOfWeek weekday, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        LocalDate before = reference.with(TemporalAdjusters.previousOrSame(weekday));
        LocalDate after = reference.with(TemporalAdjusters.nextOrSame(weekday));
        return reference.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - reference.toEpochDay()
                ? before : after;
    }

    static LocalDate strictlyBefore(DayOfWeek weekday, LocalDate reference) {
        return reference == null ? null : reference.with(TemporalAdjusters.previous(weekday));
    }

    static LocalDate strictlyAfter(DayOfWeek weekday, LocalDate reference) {
        return reference == null ? null : reference.with(TemporalAdjusters.next(weekday));
    }

    static LocalDate plusDays(LocalDate reference, int days) {
        return reference == null ? null : reference.plusDays(days);
    }
}

package org.hasila.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hasila.extract.time.DateMention.Precision;

/**
 * A date expression found by one rule, before overlaps are settled and times attached.
 *
 * @param weekday the weekday it names, when it is a weekday expression (to merge with an adjacent date)
 * @param chained days after the previous resolved date of the text (اليوم التالي = 1), else {@code null}
 */
record Candidate(int start, int end, LocalDate date, LocalTime time, Integer dayOfIncident, boolean relative,
                 Precision precision, DayOfWeek weekday, Integer chained) {

    static Candidate absolute(int start, int end, LocalDate date, Precision precision) {
        return new Candidate(start, end, date, null, null, false, precision, null, null);
    }

    static Candidate relative(int start, int end, LocalDate date, LocalTime time) {
        return new Candidate(start, end, date, time, null, true, Precision.DAY, null, null);
    }

    static Candidate weekday(int start, int end, LocalDate date, DayOfWeek weekday) {
        return new Candidate(start, end, date, null, null, true, Precision.DAY, weekday, null);
    }

    static Candidate chained(int start, int end, int days, LocalTime time) {
        return new Candidate(start, end, null, time, null, true, Precision.DAY, null, days);
    }

    static Candidate incidentDay(int start, int end, int day) {
        return new Candidate(start, end, null, null, day, false, Precision.DAY, null, null);
    }

    static Candidate timeOnly(int start, int end, LocalTime time) {
        return new Candidate(start, end, null, time, null, false, Precision.DAY, null, null);
    }

    /** A phrase that looks like a date word but is not one (في اليوم الواحد): it only hides shorter matches. */
    static Candidate blocker(int start, int end) {
        return new Candidate(start, end, null, null, null, false, null, null, null);
    }

    boolean isBlocker() {
        return precision == null;
    }

    int length() {
        return end - start;
    }

    boolean isExplicitDay() {
        return weekday == null && chained == null && dayOfIncident == null && !relative
                && precision == Precision.DAY && date != null;
    }

    Candidate spanning(int newStart, int newEnd) {
        return new Candidate(Math.min(start, newStart), Math.max(end, newEnd), date, time, dayOfIncident, relative,
                precision, weekday, chained);
    }

    Candidate withTime(LocalTime newTime) {
        return new Candidate(start, end, date, newTime, dayOfIncident, relative, precision, weekday, chained);
    }

    Candidate resolvedChain(LocalDate resolved) {
        return new Candidate(start, end, resolved, time, dayOfIncident, relative, precision, weekday, null);
    }

    DateMention toMention() {
        return new DateMention(start, end, date, time, dayOfIncident, relative, precision);
    }
}

package org.hasila.extract.time;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A date or time expression found in folded text.
 *
 * @param start         start in folded offsets
 * @param end           exclusive end in folded offsets
 * @param date          the resolved calendar date (the first day of the month or year for coarser precisions), or
 *                      {@code null} when it cannot be resolved from the text and the reference date alone
 * @param time          time of day when stated (a clock time, or the start of مساء/صباح/ليل), else {@code null}
 * @param dayOfIncident for "the fourth day" style expressions (لليوم الرابع على التوالي): 4; else {@code null}.
 *                      Resolved against the incident's start by the caller.
 * @param relative      true when resolved from the reference date (أمس، اليوم السبت، الخميس الفائت) or from the
 *                      previous date of the text (في اليوم التالي)
 * @param precision     what the expression names: a day, or only a month or a year (callers ignore the
 *                      coarser ones when they need the day a figure was stated for)
 */
public record DateMention(int start, int end, LocalDate date, LocalTime time, Integer dayOfIncident,
                          boolean relative, Precision precision) {

    /** A day-precision mention. */
    public DateMention(int start, int end, LocalDate date, LocalTime time, Integer dayOfIncident, boolean relative) {
        this(start, end, date, time, dayOfIncident, relative, Precision.DAY);
    }

    public DateMention {
        if (precision == null) {
            throw new IllegalArgumentException("precision is required");
        }
    }

    /** True when this names one resolved calendar day. */
    public boolean isResolvedDay() {
        return date != null && precision == Precision.DAY;
    }

    /** How much of the calendar a mention names. */
    public enum Precision {
        DAY, MONTH, YEAR
    }
}

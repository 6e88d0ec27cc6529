package org.hasila.extract.time;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A date or time expression found in folded text.
 *
 * @param start         start in folded offsets
 * @param end           exclusive end in folded offsets
 * @param date          the resolved calendar date, or {@code null} when it cannot be resolved from the text
 *                      and the reference date alone
 * @param time          time of day when stated (a clock time, or the start of مساء/صباح/ليل), else {@code null}
 * @param dayOfIncident for "the fourth day" style expressions (لليوم الرابع على التوالي): 4; else {@code null}.
 *                      Resolved against the incident's start by the caller.
 * @param relative      true when resolved from the reference date (أمس، اليوم السبت، الخميس الفائت)
 */
public record DateMention(int start, int end, LocalDate date, LocalTime time, Integer dayOfIncident,
                          boolean relative) {
}

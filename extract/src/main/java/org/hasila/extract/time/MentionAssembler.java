package org.hasila.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the rules' candidates into mentions: keeps the longest of overlapping ones, joins a weekday to the date
 * beside it, attaches times of day, and places "the next day" after the previous date of the text.
 */
final class MentionAssembler {

    /** Between a weekday and the date it names: الخميس، 20 يناير / الخميس الموافق 20 يناير. */
    private static final Pattern WEEKDAY_THEN_DATE = Pattern.compile("[\\s،,(\\-–]*(?:الموافق\\s*(?:ل\\s*)?)?");
    /** Between a date and its weekday in apposition: 20 يناير (الخميس). */
    private static final Pattern DATE_THEN_WEEKDAY = Pattern.compile("[\\s،,(\\-–]*");
    /** Between a time and the date after it: مساء الخميس / الساعة السابعة من مساء يوم 20 يناير. */
    private static final Pattern TIME_THEN_DATE = Pattern.compile("\\s*(?:من\\s+)?");
    /** Between a date and the time after it: 2022.01.22 | 19:01 / الخميس عند الساعة السابعة / أمس ليلا. */
    private static final Pattern DATE_THEN_TIME =
            Pattern.compile("[\\s،,|\\-–(]*(?:(?:في|عند|نحو|حوالي|قرابه|منذ|حتي)\\s+)?");
    private static final Comparator<Candidate> LEFTMOST_LONGEST =
            Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::length).reversed());

    private MentionAssembler() {
    }

    static List<DateMention> assemble(String folded, List<Candidate> candidates, List<TimeOfDay> times) {
        List<Candidate> dates = joinWeekdays(folded, withoutOverlaps(candidates).stream()
                .filter(c -> !c.isBlocker())
                .toList());
        List<Candidate> withTimes = attachTimes(folded, dates, times);
        return resolveChains(withTimes);
    }

    private static List<Candidate> withoutOverlaps(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(LEFTMOST_LONGEST);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.isEmpty() || c.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static List<Candidate> joinWeekdays(String folded, List<Candidate> dates) {
        List<Candidate> joined = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            Candidate c = dates.get(i);
            Candidate next = i + 1 < dates.size() ? dates.get(i + 1) : null;
            if (next != null && c.weekday() != null && next.isExplicitDay()
                    && gap(folded, c.end(), next.start(), WEEKDAY_THEN_DATE)) {
                joined.add(next.spanning(c.start(), c.end()));
                i++;
            } else if (next != null && c.isExplicitDay() && next.weekday() != null
                    && c.date().getDayOfWeek() == next.weekday()
                    && gap(folded, c.end(), next.start(), DATE_THEN_WEEKDAY)) {
                joined.add(c.spanning(next.start(), next.end()));
                i++;
            } else {
                joined.add(c);
            }
        }
        return joined;
    }

    private static List<Candidate> attachTimes(String folded, List<Candidate> dates, List<TimeOfDay> times) {
        List<Candidate> result = new ArrayList<>(dates);
        List<Candidate> timesAlone = new ArrayList<>();
        List<TimeOfDay> ordered = times.stream()
                .filter(t -> dates.stream().noneMatch(d -> t.start() < d.end() && d.start() < t.end()))
                .sorted(Comparator.comparing(TimeOfDay::bare)) // clock times before bare parts of the day
                .toList();
        for (TimeOfDay t : ordered) {
            int target = target(folded, result, t);
            if (target >= 0) {
                Candidate d = result.get(target).spanning(t.start(), t.end());
                result.set(target, d.time() == null ? d.withTime(t.time()) : d);
            } else if (!t.bare()) {
                timesAlone.add(Candidate.timeOnly(t.start(), t.end(), t.time()));
            }
        }
        result.addAll(timesAlone);
        result.sort(LEFTMOST_LONGEST);
        return result;
    }

    /** The index of the date a time belongs to, or -1. */
    private static int target(String folded, List<Candidate> dates, TimeOfDay t) {
        int after = -1;
        int before = -1;
        for (int i = 0; i < dates.size(); i++) {
            Candidate d = dates.get(i);
            if (d.start() >= t.end() && after < 0 && gap(folded, t.end(), d.start(), TIME_THEN_DATE)) {
                after = i;
            }
            if (d.end() <= t.start() && gap(folded, d.end(), t.start(), DATE_THEN_TIME)) {
                before = i;
            }
        }
        // an adverb (مساءً، ليلاً) follows its day; a noun in construct (مساء الخميس) precedes it
        boolean adverb = folded.charAt(t.end() - 1) == 'ا';
        return adverb ? (before >= 0 ? before : after) : (after >= 0 ? after : before);
    }

    private static List<DateMention> resolveChains(List<Candidate> ordered) {
        List<DateMention> mentions = new ArrayList<>(ordered.size());
        LocalDate previous = null;
        for (Candidate c : ordered) {
            Candidate resolved = c.chained() == null ? c
                    : c.resolvedChain(previous == null ? null : previous.plusDays(c.chained()));
            DateMention mention = resolved.toMention();
            if (mention.isResolvedDay()) {
                previous = mention.date();
            }
            mentions.add(mention);
        }
        return mentions;
    }

    private static boolean gap(String folded, int from, int to, Pattern allowed) {
        return from <= to && allowed.matcher(folded.substring(from, to)).matches();
    }
}

package org.hasila.extract.time;

import static org.hasila.extract.time.TimeText.CONJUNCTION;
import static org.hasila.extract.time.TimeText.WORD_END;
import static org.hasila.extract.time.TimeText.WORD_START;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hasila.extract.time.TimeLexicon.Direction;

/**
 * Weekdays (الخميس، يوم الأحد، اليوم السبت، الخميس الفائت، الاثنين المقبل), resolved against the reference:
 * bare = the latest such day on or before it, past = strictly before, next = strictly after; after "اليوم" (today) the
 * nearer such day ({@link CalendarMath#nearest}).
 */
final class WeekdayRule implements DateRule {

    /** "اليوم" as folding writes it: the weekday after it is the day of writing. */
    private static final String TODAY = "اليوم";

    private final TimeLexicon lexicon;
    private final Pattern pattern;
    private final Leads leads;

    WeekdayRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        pattern = Pattern.compile(WORD_START + CONJUNCTION + "(?<body>(?:(?:[لب]?(?:ال)?|لل)يوم\\s+)?(?<wd>"
                + TimeText.alternationWithPrepositions(lexicon.weekdays.keySet()) + ")" + WORD_END
                + "(?:\\s+(?<dir>" + TimeText.alternation(lexicon.directions.keySet()) + ")" + WORD_END + ")?)");
        leads = new Leads(false, TimeText.union(lexicon.weekdays.keySet(), List.of("يوم")));
    }

    @Override
    public List<Candidate> find(WordStarts folded, LocalDate reference) {
        List<Candidate> found = new ArrayList<>();
        Leads.Matches matches = leads.matches(pattern, folded);
        while (matches.find()) {
            Matcher m = matches.matcher();
            DayOfWeek weekday = TimeText.lookup(lexicon.weekdays, m.group("wd"));
            Direction direction = m.group("dir") == null ? null : TimeText.lookup(lexicon.directions, m.group("dir"));
            boolean today = m.group("body").startsWith(TODAY);
            LocalDate date = direction == null && today ? CalendarMath.nearest(weekday, reference)
                    : direction == null ? CalendarMath.latestOnOrBefore(weekday, reference)
                    : direction == Direction.PAST ? CalendarMath.strictlyBefore(weekday, reference)
                    : CalendarMath.strictlyAfter(weekday, reference);
            found.add(Candidate.weekday(m.start("body"), m.end("body"), date, weekday));
        }
        return found;
    }
}

package org.hasila.extract.time;

import static org.hasila.extract.time.TimeText.CONJUNCTION;
import static org.hasila.extract.time.TimeText.WORD_END;
import static org.hasila.extract.time.TimeText.WORD_START;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hasila.extract.time.TimeLexicon.RelativeDay;

/**
 * Days named relative to the reference (اليوم، أمس، أول أمس، غدا، قبل ثلاثة أيام) or to the previous date of the
 * text (في اليوم التالي). Spans counted from an event (قبل يومين من الهجوم) are not dates and are left out.
 */
final class RelativeDayRule implements DateRule {

    /** "... من الهجوم" / "... على بدء" after a count of days measures from an event, not from the reference. */
    private static final String NOT_FROM_EVENT = "(?!\\s+(?:من|علي)\\s)";

    private final TimeLexicon lexicon;
    private final Pattern words;
    private final Pattern daysAgo;
    private final Leads wordLeads;
    private final Leads agoLeads;

    RelativeDayRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        words = Pattern.compile(WORD_START + CONJUNCTION + "(?<body>(?:[لب]?يوم\\s+)?(?<rel>"
                + TimeText.alternationWithPrepositions(lexicon.relativeDays.keySet()) + "))" + WORD_END);
        daysAgo = Pattern.compile(WORD_START + CONJUNCTION + "(?<body>قبل\\s+(?:(?<n>\\d{1,2}|"
                + TimeText.alternation(lexicon.cardinals.keySet()) + ")\\s+(?:ايام|يوما)"
                + "|(?<two>يومين|يومان)|(?<one>يوم(?:\\s+واحد)?)))" + WORD_END + NOT_FROM_EVENT);
        wordLeads = new Leads(false, TimeText.union(lexicon.relativeDays.keySet(), List.of("يوم")));
        agoLeads = new Leads(false, List.of("قبل"));
    }

    @Override
    public List<Candidate> find(WordStarts folded, LocalDate reference) {
        List<Candidate> found = new ArrayList<>();
        Leads.Matches matches = wordLeads.matches(words, folded);
        while (matches.find()) {
            Matcher m = matches.matcher();
            RelativeDay day = TimeText.lookup(lexicon.relativeDays, m.group("rel"));
            if (day == null) {
                continue;
            }
            int start = m.start("body");
            int end = m.end("body");
            found.add(day.notADate() ? Candidate.blocker(start, end)
                    : day.chained() ? Candidate.chained(start, end, day.offset(), day.time())
                    : Candidate.relative(start, end, CalendarMath.plusDays(reference, day.offset()), day.time()));
        }
        Leads.Matches agoMatches = agoLeads.matches(daysAgo, folded);
        while (agoMatches.find()) {
            Matcher ago = agoMatches.matcher();
            int days = ago.group("two") != null ? 2 : ago.group("one") != null ? 1 : count(ago.group("n"));
            if (days > 0) {
                found.add(Candidate.relative(ago.start("body"), ago.end("body"),
                        CalendarMath.plusDays(reference, -days), null));
            }
        }
        return found;
    }

    private int count(String number) {
        if (Character.isDigit(number.charAt(0))) {
            return Integer.parseInt(number);
        }
        Integer value = TimeText.lookup(lexicon.cardinals, number);
        return value == null ? 0 : value;
    }
}

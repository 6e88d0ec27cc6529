package org.hasila.extract.time;

import static org.hasila.extract.time.TimeText.CONJUNCTION;
import static org.hasila.extract.time.TimeText.WORD_END;
import static org.hasila.extract.time.TimeText.WORD_START;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hasila.extract.time.TimeLexicon.Direction;

/** Days of the reference's month or the one before (في العاشر من الشهر الجاري، 25 من الشهر الماضي). */
final class ReferenceMonthRule implements DateRule {

    private final TimeLexicon lexicon;
    private final Pattern pattern;
    private final Leads leads;

    ReferenceMonthRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        String ordinal = TimeText.alternation(lexicon.ordinals.keySet());
        String direction = TimeText.alternation(lexicon.directions.keySet());
        pattern = Pattern.compile(WORD_START + CONJUNCTION + "(?<body>(?:[لب]?(?:ال)?يوم\\s+)?(?:(?<dd>\\d{1,2})|(?<ord>"
                + ordinal + "))\\s+من\\s+(?:هذا\\s+)?الشهر(?:\\s+(?<current>الجاري|الحالي)|\\s+(?<dir>" + direction
                + "))?)" + WORD_END);
        leads = new Leads(true, TimeText.union(lexicon.ordinals.keySet(), List.of("يوم")));
    }

    @Override
    public List<Candidate> find(WordStarts folded, LocalDate reference) {
        List<Candidate> found = new ArrayList<>();
        Leads.Matches matches = leads.matches(pattern, folded);
        while (matches.find()) {
            Matcher m = matches.matcher();
            // a bare "من الشهر" refers to a month named earlier in the text, which this rule cannot see
            if (m.group("current") == null && m.group("dir") == null && !m.group("body").contains("هذا")) {
                continue;
            }
            Integer day = m.group("dd") != null ? Integer.valueOf(m.group("dd"))
                    : TimeText.lookup(lexicon.ordinals, m.group("ord"));
            found.add(Candidate.relative(m.start("body"), m.end("body"), date(day, m.group("dir"), reference), null));
        }
        return found;
    }

    private LocalDate date(Integer day, String direction, LocalDate reference) {
        if (reference == null || day == null) {
            return null;
        }
        YearMonth month = YearMonth.from(reference);
        if (direction != null) {
            Direction d = TimeText.lookup(lexicon.directions, direction);
            month = d == Direction.PAST ? month.minusMonths(1) : month.plusMonths(1);
        }
        return CalendarMath.of(month.getYear(), month.getMonthValue(), day);
    }
}

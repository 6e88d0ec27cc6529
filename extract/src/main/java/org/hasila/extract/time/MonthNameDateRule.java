package org.hasila.extract.time;

import static org.hasila.extract.time.TimeText.CONJUNCTION;
import static org.hasila.extract.time.TimeText.WORD_END;
import static org.hasila.extract.time.TimeText.WORD_START;
import static org.hasila.extract.time.TimeText.YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hasila.extract.time.DateMention.Precision;
import org.hasila.extract.time.TimeLexicon.Direction;

/**
 * Dates written with month names, in either month system or both (20 كانون الثاني/يناير من عام 2022،
 * في الثالث والعشرين من آذار مارس 2019، مارس/آذار 2019، أيار الماضي; in English also June 3, 2021). A month needs
 * a day or a year to count.
 */
final class MonthNameDateRule implements DateRule {

    private final TimeLexicon lexicon;
    private final Pattern pattern;
    private final Leads leads;

    MonthNameDateRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        String month = TimeText.alternation(lexicon.months.keySet()) + WORD_END;
        String ordinal = TimeText.alternation(lexicon.ordinals.keySet());
        // the second name of a pair (يناير/كانون الثاني، آذار مارس، يناير (كانون الثاني))
        String pair = "(?:\\s*/\\s*" + month + "|\\s*\\(\\s*" + month + "\\s*\\)|\\s+" + month + ")?";
        // a range of days ends at the day of the month ("ليل 4 إلى 5 يونيو"، "بين 23 و31 مارس"، "the night of 1 to 2
        // February"): its first day is part of the date, no count
        String range = "(?:(?<d0>\\d{1,2})\\s*(?:الي|حتي|و|-|–|to|and)\\s*(?=\\d))?";
        String day = "(?:(?:[لب]?(?:ال)?يوم\\s+)?(?:" + range + "(?<dd>\\d{1,2})\\s+(?:من\\s+)?|(?<ord>" + ordinal
                + ")\\s+من\\s+)(?:شهر\\s+)?)";
        String year = "(?:\\s*[،,]?\\s*(?:من\\s+)?(?:(?:ال)?(?:عام|سنه)\\s+)?(?<y>" + YEAR + ")"
                + "|\\s+(?:من\\s+)?(?:ال)?(?:عام|سنه)\\s+(?<yrel>الجاري|الحالي|الماضي|المنصرم|الفائت|المنقضي)"
                + WORD_END + "|\\s+(?<dir>" + TimeText.alternation(lexicon.directions.keySet()) + ")" + WORD_END + ")";
        // English writes the day after the month too (June 3, 2021; Feb. 1); an Arabic month is never followed by its day
        // ("في آب 15 مدنياً" counts people)
        String dayAfter = "(?:(?<=[a-z])\\.?\\s+(?<da>\\d{1,2})(?![\\d:/]|\\.\\d))?";
        pattern = Pattern.compile(WORD_START + CONJUNCTION + "(?<body>" + day + "?(?<m>" + month + ")" + pair
                + dayAfter + year + "?)");
        leads = new Leads(true,
                TimeText.union(lexicon.months.keySet(), lexicon.ordinals.keySet(), List.of("يوم")));
    }

    @Override
    public List<Candidate> find(WordStarts folded, LocalDate reference) {
        List<Candidate> found = new ArrayList<>();
        Leads.Matches matches = leads.matches(pattern, folded);
        while (matches.find()) {
            Matcher m = matches.matcher();
            Integer day = day(m);
            // "من 20 إلى 5 مارس" is no range of days: the date starts at its own day
            boolean noRange = m.group("d0") != null && (day == null || Integer.parseInt(m.group("d0")) >= day);
            boolean hasYear = m.group("y") != null || m.group("yrel") != null || m.group("dir") != null;
            // "In March, an attack on a mosque ... killed 44", "وفي آذار": the latest such month, no later than the
            // reference's (the preposition keeps out the verb مارس)
            boolean inAMonth = day == null && !hasYear && reference != null && afterIn(folded.text(), m.start("body"));
            if (day == null && !hasYear && !inAMonth) {
                continue;
            }
            int month = TimeText.lookup(lexicon.months, m.group("m"));
            Integer year = inAMonth ? latestYearOf(month, reference)
                    : m.group("dir") != null ? yearOf(month, m.group("dir"), reference) : year(m, reference);
            int start = noRange ? m.start("dd") : m.start("body");
            int end = m.end("body");
            if (day == null) {
                LocalDate first = year == null ? null : LocalDate.of(year, month, 1);
                found.add(Candidate.absolute(start, end, first, Precision.MONTH));
            } else {
                LocalDate date = year != null ? CalendarMath.of(year, month, day)
                        : hasYear ? null : CalendarMath.withoutYear(month, day, reference);
                found.add(Candidate.absolute(start, end, date, Precision.DAY));
            }
        }
        return found;
    }

    private Integer day(Matcher m) {
        Integer day = m.group("dd") != null ? Integer.valueOf(m.group("dd"))
                : m.group("ord") != null ? TimeText.lookup(lexicon.ordinals, m.group("ord"))
                : m.group("da") != null ? Integer.valueOf(m.group("da")) : null;
        return day != null && day >= 1 && day <= 31 ? day : null;
    }

    /** The year of the latest such month no later than the reference's. */
    private static Integer latestYearOf(int month, LocalDate reference) {
        return month <= reference.getMonthValue() ? reference.getYear() : reference.getYear() - 1;
    }

    /** Whether the word before {@code start} is a preposition of months (month-prepositions.txt), its و aside. */
    private boolean afterIn(String folded, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(folded.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(folded.charAt(begin - 1))) {
            begin--;
        }
        String word = folded.substring(begin, end);
        return lexicon.monthPrepositions.containsKey(word) || word.length() > 2 && "وف".indexOf(word.charAt(0)) >= 0
                && lexicon.monthPrepositions.containsKey(word.substring(1));
    }

    /** "أيار الماضي" is the latest May before the reference month, "أيار المقبل" the first one after it. */
    private Integer yearOf(int month, String direction, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        int year = reference.getYear();
        if (TimeText.lookup(lexicon.directions, direction) == Direction.PAST) {
            return month < reference.getMonthValue() ? year : year - 1;
        }
        return month > reference.getMonthValue() ? year : year + 1;
    }

    private static Integer year(Matcher m, LocalDate reference) {
        if (m.group("y") != null) {
            return Integer.valueOf(m.group("y").substring(0, 4));
        }
        if (m.group("yrel") == null || reference == null) {
            return null;
        }
        boolean current = m.group("yrel").equals("الجاري") || m.group("yrel").equals("الحالي");
        return current ? reference.getYear() : reference.getYear() - 1;
    }
}

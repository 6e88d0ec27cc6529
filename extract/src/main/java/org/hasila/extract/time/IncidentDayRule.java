package org.hasila.extract.time;

import static org.hasila.extract.time.TimeText.CONJUNCTION;
import static org.hasila.extract.time.TimeText.WORD_END;
import static org.hasila.extract.time.TimeText.WORD_START;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days counted from the start of an incident (لليوم الرابع على التوالي، في اليوم الثالث من بدء الهجوم، في يومه
 * الثاني، اليومين الرابع والخامس، لليوم الـ15): the first day number, left for the caller to place on the calendar.
 */
final class IncidentDayRule implements DateRule {

    private final TimeLexicon lexicon;
    private final Pattern pattern;
    private final Leads leads;

    IncidentDayRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        String ordinal = TimeText.alternation(lexicon.ordinals.keySet());
        // "الـ15" loses its tatweel when folded: "ال15" or "ال 15"
        String number = "(?:(?<ord>" + ordinal + ")|ال\\s*(?<num>\\d{1,3}))" + WORD_END;
        String second = "(?:\\s+و\\s*(?:" + ordinal + "|ال\\s*\\d{1,3})" + WORD_END + ")?";
        pattern = Pattern.compile(WORD_START + CONJUNCTION + "(?<body>(?:[بك]?ال|لل)?(?:يوم(?:ه|ها|هم)?|يومين)\\s+"
                + number + second + "(?:\\s+علي\\s+التوالي" + WORD_END + ")?)");
        leads = new Leads(false, List.of("يوم"));
    }

    @Override
    public List<Candidate> find(WordStarts folded, LocalDate reference) {
        List<Candidate> found = new ArrayList<>();
        Leads.Matches matches = leads.matches(pattern, folded);
        while (matches.find()) {
            Matcher m = matches.matcher();
            Integer day = m.group("num") != null ? Integer.valueOf(m.group("num"))
                    : TimeText.lookup(lexicon.ordinals, m.group("ord"));
            if (day != null && day > 0) {
                found.add(Candidate.incidentDay(m.start("body"), m.end("body"), day));
            }
        }
        return found;
    }
}

package org.hasila.extract.time;

import static org.hasila.extract.time.TimeText.CONJUNCTION;
import static org.hasila.extract.time.TimeText.WORD_END;
import static org.hasila.extract.time.TimeText.WORD_START;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day: clock times (19:01، الساعة 7 مساء), hour words with a part of the day (الساعة السابعة من مساء،
 * الثانية ظهرا، العاشرة والنصف ليلا) and parts of the day alone (صباح، مساء، ليل، فجر).
 */
final class TimeOfDayRule {

    private final TimeLexicon lexicon;
    private final Pattern pattern;
    private final Leads leads;

    TimeOfDayRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        String dayPart = TimeText.alternationWithPrepositions(lexicon.dayParts.keySet());
        String hour = "(?:(?<![.:/-])(?<h>\\d{1,2})(?:(?<sep>[:.])(?<mi>\\d{2}))?(?!\\p{N}|[:.]\\p{N})|(?<hw>"
                + TimeText.alternation(lexicon.ordinals.keySet()) + ")" + WORD_END + ")";
        String fraction = "(?:\\s+(?<frac>و\\s*النصف|و\\s*الربع|و\\s*الثلث|الا\\s+ربعا?|الا\\s+الربع)" + WORD_END + ")?";
        pattern = Pattern.compile(WORD_START + CONJUNCTION + "(?<body>(?:(?<kw>الساعه)\\s+)?" + hour + fraction
                + "(?:\\s+(?:من\\s+)?(?<dp>" + dayPart + ")" + WORD_END + ")?|(?<bare>" + dayPart + ")" + WORD_END + ")");
        leads = new Leads(true,
                TimeText.union(lexicon.dayParts.keySet(), lexicon.ordinals.keySet(), List.of("الساعه")));
    }

    List<TimeOfDay> find(WordStarts folded) {
        List<TimeOfDay> found = new ArrayList<>();
        Leads.Matches matches = leads.matches(pattern, folded);
        while (matches.find()) {
            Matcher m = matches.matcher();
            LocalTime time = m.group("bare") != null ? TimeText.lookup(lexicon.dayParts, m.group("bare")) : clock(m);
            if (time != null) {
                found.add(new TimeOfDay(m.start("body"), m.end("body"), time, m.group("bare") != null));
            }
        }
        return found;
    }

    /** The clock time, or {@code null} when the hour is not clearly a time (a bare number or ordinal). */
    private LocalTime clock(Matcher m) {
        boolean keyword = m.group("kw") != null;
        LocalTime part = m.group("dp") == null ? null : TimeText.lookup(lexicon.dayParts, m.group("dp"));
        boolean colonClock = ":".equals(m.group("sep"));
        if (!keyword && part == null && !colonClock || !keyword && ".".equals(m.group("sep"))) {
            return null;
        }
        Integer hour = m.group("h") != null ? Integer.valueOf(m.group("h"))
                : TimeText.lookup(lexicon.ordinals, m.group("hw"));
        int minute = m.group("mi") != null ? Integer.parseInt(m.group("mi")) : 0;
        if (hour == null || hour > 23 || minute > 59 || m.group("hw") != null && (hour < 1 || hour > 12)) {
            return null;
        }
        String fraction = m.group("frac") == null ? "" : m.group("frac").replaceAll("\\s+", "");
        if (fraction.endsWith("النصف")) {
            minute = 30;
        } else if (fraction.startsWith("الا")) {
            hour = hour == 1 ? 12 : hour - 1;
            minute = 45;
        } else if (fraction.endsWith("الربع")) {
            minute = 15;
        } else if (fraction.endsWith("الثلث")) {
            minute = 20;
        }
        return LocalTime.of(onTwentyFourHours(hour, part), minute);
    }

    /** "السابعة مساء" is 19:00 but "الواحدة ليلا" is 01:00: afternoon parts add 12 unless past midnight. */
    private static int onTwentyFourHours(int hour, LocalTime part) {
        if (part == null || hour >= 12 || part.getHour() < 12) {
            return hour;
        }
        boolean afterMidnight = part.getHour() >= 21 && hour <= 4;
        return afterMidnight ? hour : hour + 12;
    }
}

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

/**
 * All-digit dates (2022.01.22، 2022-01-22، 22/01/2022، 22-1-2022), years after عام / سنة (عام 2019), English years
 * after "in", "during" or an article ("In 2015,"، "the 2015 bombing"), years after an Arabic word of a period or of
 * time ("خلال 2023"، "منذ 2014"), and years in brackets ("(هندوراس، 2012)").
 */
final class NumericDateRule implements DateRule {

    /** A word start, no separator just before (1.22-1-2022), and room for a clinging و / ب / ل. */
    private static final String NUMBER_START = WORD_START + "(?<![./-])[وفبل]?";
    /** Not followed by another digit or another separated number (a version or an IP address). */
    private static final String NUMBER_END = "(?!\\p{N}|[./-]\\p{N})";
    private static final Pattern YEAR_FIRST = Pattern.compile(NUMBER_START
            + "(?<body>(?<y>(?:19|20)\\d{2})(?<s>[./-])(?<m>\\d{1,2})\\k<s>(?<d>\\d{1,2}))" + NUMBER_END);
    private static final Pattern YEAR_LAST = Pattern.compile(NUMBER_START
            + "(?<body>(?<d>\\d{1,2})(?<s>[./-])(?<m>\\d{1,2})\\k<s>(?<y>(?:19|20)\\d{2}))" + NUMBER_END);
    private static final Pattern YEAR_ONLY = Pattern.compile(WORD_START + CONJUNCTION
            + "(?<body>(?:ال)?(?:عام|سنه)\\s+(?<y>" + YEAR + "))" + WORD_END);
    /**
     * An English year after "in", "during", an article or a part of the year ("In 2015,"، "the 2015 bombing of a
     * Russian airliner", "by the end of 2021").
     */
    private static final Pattern YEAR_IN_ENGLISH = Pattern.compile(WORD_START
            + "(?:in|In|during|During|the|The|a|A|(?:end|start|beginning|middle) of)\\s+"
            + "(?<body>(?<y>(?:19|20)\\d{2}))(?![\\p{N}\\p{L}]|[.,]\\p{N})");
    /**
     * A year right after a word of a period or of time in Arabic ("خلال 2023"، "منذ 2014"، "في 2019"), or of a part of
     * the year ("حتى نهاية 2021"، "مطلع 2020").
     */
    private static final Pattern YEAR_AFTER_PREPOSITION = Pattern.compile(WORD_START + CONJUNCTION
            + "(?:خلال|طوال|طيله|منذ|في|نهايه|بدايه|مطلع|اواخر|اوائل|منتصف)\\s+"
            + "(?<body>(?<y>" + YEAR + "))(?![./-]\\p{N})" + WORD_END);
    private static final Leads ARABIC_YEAR_PREPOSITIONS = new Leads(false,
            List.of("خلال", "طوال", "طيله", "منذ", "في", "نهايه", "بدايه", "مطلع", "اواخر", "اوائل", "منتصف"));

    /**
     * A year alone in brackets, or after a place and a comma in them: a roundup's heading ("كوماياغوا (هندوراس، 2012):"،
     * "Carandiru (Brazil, 1992)").
     */
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile(
            "(?<=\\((?:[^()\\n]{2,30}[،,]\\s{0,2})?)(?<body>(?<y>(?:19|20)\\d{2}))(?=\\s*\\))");
    private static final Leads ENGLISH_YEAR_WORDS = new Leads(false,
            List.of("in", "In", "during", "During", "the", "The", "a", "A", "end", "start", "beginning", "middle"));
    private static final Leads DIGITS = new Leads(true, List.of());
    private static final Leads YEAR_WORDS = new Leads(false, List.of("عام", "سنه"));

    @Override
    public List<Candidate> find(WordStarts folded, LocalDate reference) {
        List<Candidate> found = new ArrayList<>();
        for (Pattern numeric : List.of(YEAR_FIRST, YEAR_LAST)) {
            Leads.Matches matches = DIGITS.matches(numeric, folded);
            while (matches.find()) {
                Matcher m = matches.matcher();
                LocalDate date = CalendarMath.of(number(m, "y"), number(m, "m"), number(m, "d"));
                if (date != null) {
                    found.add(Candidate.absolute(m.start("body"), m.end("body"), date, Precision.DAY));
                }
            }
        }
        for (Leads.Matches years : List.of(YEAR_WORDS.matches(YEAR_ONLY, folded),
                ENGLISH_YEAR_WORDS.matches(YEAR_IN_ENGLISH, folded), DIGITS.matches(YEAR_IN_BRACKETS, folded),
                ARABIC_YEAR_PREPOSITIONS.matches(YEAR_AFTER_PREPOSITION, folded))) {
            while (years.find()) {
                Matcher m = years.matcher();
                int year = Integer.parseInt(m.group("y").substring(0, 4));
                found.add(Candidate.absolute(m.start("body"), m.end("body"), LocalDate.of(year, 1, 1),
                        Precision.YEAR));
            }
        }
        return found;
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}

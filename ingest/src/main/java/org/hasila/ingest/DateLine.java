package org.hasila.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads an article's own date line ("2022.01.22 | 19:01 دمشق", "السبت 22 كانون الثاني 2022") into ISO-8601.
 * A line counts only when it is short and holds little besides the date; dates inside sentences are events,
 * not the publication date. An all-numeric date whose day and month could be swapped is not guessed.
 */
final class DateLine {

    private static final int MAX_LENGTH = 80;
    private static final int MAX_OTHER_WORDS = 3;
    private static final int MAX_HEADLINE_LENGTH = 150;
    private static final Pattern YMD = Pattern.compile("(?<!\\d)(\\d{4})[./-](\\d{1,2})[./-](\\d{1,2})(?!\\d)");
    /** A letter of the Arabic script: a line in Arabic writes its dates day first, slashes too ("نشر في 5/9/2025"). */
    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
    /** Day, month and year joined by one mark, spaced or not ("6-10-2025", "05 - 11 - 2025"). */
    private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2}) ?([./-]) ?(\\d{1,2}) ?\\2 ?(\\d{4})(?!\\d)");
    private static final Pattern TIME = Pattern.compile("(?<!\\d)(\\d{1,2}):(\\d{2})(?!\\d)");
    /** What follows the last spaced dash or bar of a line: the date a headline may end with. */
    private static final Pattern LAST_SEGMENT = Pattern.compile("\\s[-–—|]\\s+([^-–—|]{6,40})$");
    /** An agency in brackets, words without digits ("(أ ف ب)"، "(رويترز)"، "(AFP)"), or the outlet a story was taken from. */
    private static final Pattern AGENCY = Pattern.compile("\\([^()\\d]{1,45}\\)");
    private static final Pattern PM = Pattern.compile("(^| )(م|مساء|pm)( |$)");

    private final Map<String, Integer> months;
    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;
    /** A month and its day, no year: "Sept 18", "Oct. 2", "18 أيلول". */
    private final Pattern monthDay;
    private final Pattern dayMonth;
    private final Lexicon lineWords;

    DateLine(List<String> monthEntries, Lexicon lineWords) {
        this.months = new HashMap<>();
        for (String entry : monthEntries) {
            String[] parts = entry.split("=", 2);
            months.put(Lexicon.key(parts[0]), Integer.parseInt(parts[1].strip()));
        }
        String names = months.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        // "5 نوفمبر 2025"، "5 - نوفمبر - 2025" (a dash kept by the folding, spaced or not)
        String mark = "(?: ?- ?| )";
        // "21 تشرين الأول/أكتوبر 2024": the month named twice, a slash between, spaced or not
        this.dayMonthYear = Pattern.compile("(?<!\\d)(\\d{1,2})" + mark + "(?:من )?(" + names + ")(?:(?: ?/ ?| )(?:"
                + names + "))?" + mark + "(\\d{4})(?!\\d)");
        this.monthDayYear = Pattern.compile("(?<![\\p{L}])(" + names + ") (\\d{1,2}) (\\d{4})(?!\\d)");
        this.monthDay = Pattern.compile("^(" + names + ") (\\d{1,2})$");
        this.dayMonth = Pattern.compile("^(\\d{1,2}) (" + names + ")(?: (?:" + names + "))?$");
        this.lineWords = lineWords;
    }

    static DateLine standard() {
        return new DateLine(Lexicon.lines("months.txt"), Lexicon.load("date-line-words.txt"));
    }

    /**
     * The ISO-8601 publication date (and time) when {@code line} is a date line, else null: the whole line, or the
     * date after the last dash or bar of a line that ends a headline with its date ("تغطية مباشرة | اليوم الـ384
     * للحرب على غزة - الخميس 24 تشرين الأول 2024").
     */
    String parse(String line) {
        return parse(line, false);
    }

    /**
     * As {@link #parse(String)}, for a line of a text in Arabic when {@code arabicText}: its dates are written day
     * first, slashes too, though the line itself holds no Arabic letter ("12/9/2024" under an Al Jazeera headline).
     */
    String parse(String line, boolean arabicText) {
        String whole = parseWhole(line, arabicText);
        if (whole != null) {
            return whole;
        }
        Matcher last = LAST_SEGMENT.matcher(line);
        return line.length() <= MAX_HEADLINE_LENGTH && last.find() ? parseWhole(last.group(1), arabicText) : null;
    }

    /**
     * The month and day of a date that names no year ("Sept 18", "Oct. 2", "18 أيلول/سبتمبر"), the whole of
     * {@code written}, as ISO-8601 writes them ({@code --09-18}); null when it is no such date. Never a date: the year
     * is not guessed.
     */
    String monthDay(String written) {
        String folded = Lexicon.key(asciiDigits(written));
        Matcher m = monthDay.matcher(folded);
        String month;
        String day;
        if (m.matches()) {
            month = m.group(1);
            day = m.group(2);
        } else if ((m = dayMonth.matcher(folded)).matches()) {
            month = m.group(2);
            day = m.group(1);
        } else {
            return null;
        }
        try {
            return MonthDay.of(months.get(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Whether {@code line} is a headline that ends with its date, rather than a date line. */
    boolean endsAHeadline(String line) {
        return parseWhole(line, false) == null && parse(line) != null;
    }

    private String parseWhole(String written, boolean arabicText) {
        if (written.length() > MAX_LENGTH) {
            return null;
        }
        // "بيروت (أ ف ب) - 26 تشرين الأول/أكتوبر 2024": the agency in brackets beside the city is no other word
        String line = AGENCY.matcher(written).replaceAll(" ");
        String digits = asciiDigits(line);
        String folded = Lexicon.key(line);
        LocalDate date = null;
        String rest = folded;
        Matcher m = YMD.matcher(digits);
        if (m.find()) {
            date = date(m.group(1), m.group(2), m.group(3));
            rest = Lexicon.key(digits.substring(0, m.start()) + " " + digits.substring(m.end()));
        } else if ((m = DMY.matcher(digits)).find()) {
            // "السبت 29/1/1436 هـ - الموافق 22/11/2014 م": the Hijri date first, no Gregorian one; the one after it is
            do {
                date = dayFirst(m.group(1), m.group(3), m.group(4),
                        !m.group(2).equals("/") || arabicText || ARABIC.matcher(line).find());
            } while (date == null && m.find());
            rest = date == null ? rest : Lexicon.key(digits.substring(0, m.start()) + " " + digits.substring(m.end()));
        } else if ((m = dayMonthYear.matcher(folded)).find()) {
            date = date(m.group(3), String.valueOf(months.get(m.group(2))), m.group(1));
            rest = folded.substring(0, m.start()) + " " + folded.substring(m.end());
        } else if ((m = monthDayYear.matcher(folded)).find()) {
            date = date(m.group(3), String.valueOf(months.get(m.group(1))), m.group(2));
            rest = folded.substring(0, m.start()) + " " + folded.substring(m.end());
        }
        if (date == null) {
            return null;
        }
        Matcher time = TIME.matcher(digits);
        String clock = null;
        if (time.find()) {
            int hour = Integer.parseInt(time.group(1));
            int minute = Integer.parseInt(time.group(2));
            if (hour < 12 && PM.matcher(folded).find()) {
                hour += 12;
            }
            if (hour < 24 && minute < 60) {
                clock = String.format(java.util.Locale.ROOT, "T%02d:%02d", hour, minute);
            }
            rest = rest.replaceFirst("(?<!\\d)" + time.group(1) + " " + time.group(2) + "(?!\\d)", " ");
        }
        return otherWords(rest) <= MAX_OTHER_WORDS ? date + (clock == null ? "" : clock) : null;
    }

    /** True when every word of {@code text} may stand beside a date on its line: a weekday, a label, a month. */
    boolean namesTime(String text) {
        return lineWords.contains(text) || otherWords(Lexicon.key(text)) == 0;
    }

    private int otherWords(String rest) {
        int count = 0;
        for (String word : rest.strip().split(" +")) {
            // the same date again, a Hijri one, a time, their dashes ("نشر في: 10.02.2025 - 09:41 | آخر تحديث: ...")
            boolean number = word.chars().noneMatch(Character::isLetter);
            if (!word.isEmpty() && !number && !lineWords.contains(word) && !months.containsKey(word)) {
                count++;
            }
        }
        return count;
    }

    /**
     * A date of two numbers and a year: the day first when it can only be a day, or when dots or dashes join them
     * ("11.08.2025", "6-10-2025": the day-month-year of Arabic and European outlets); with slashes, whose order the
     * United States reverses, two numbers up to 12 are no date ("03/04/2025").
     */
    private static LocalDate dayFirst(String first, String second, String year, boolean dayMonth) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        if (a > 12 || a == b || dayMonth && b <= 12) {
            return date(year, second, first);
        }
        return b > 12 ? date(year, first, second) : null;
    }

    /** Years before it are no publication's: a Hijri year written in digits ("29/1/1436 هـ"). */
    private static final int MIN_YEAR = 1900;

    private static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            return y < MIN_YEAR ? null : LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = Character.digit(c, 10);
            out.append(digit >= 0 && c > 0x7F ? (char) ('0' + digit) : c);
        }
        return out.toString();
    }
}

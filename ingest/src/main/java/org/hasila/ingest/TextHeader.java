package org.hasila.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata an article states in its own first lines: headline, date line, byline and dateline city.
 * Each is null when the text does not state it.
 */
final class TextHeader {

    /**
     * What the first lines say.
     *
     * @param monthDay the month and day of a wire date line that names no year ("BEIRUT, Sept 18 (Reuters) - "), as
     *                 ISO-8601 writes them ({@code --09-18}), when nothing dates the text; else null
     */
    record Header(String title, String published, String author, String dateline, String monthDay) {
    }

    private static final int HEAD_LINES = 10;
    private static final int TITLE_MAX = 150;
    private static final int BYLINE_MAX = 60;
    private static final Pattern DASHED = Pattern.compile("^([^\\d\\-–—:|]{2,40}?)\\s+[-–—]\\s+([^\\d\\-–—:|]{2,50})$");
    /** A known city, a colon and the outlet that filed from it, quoted: "بيروت: «الشرق الأوسط»". */
    private static final Pattern CITY_COLON_OUTLET =
            Pattern.compile("^([\\p{L} ]{2,25}?)\\s*:\\s*[«\"“][^»\"”]{2,40}[»\"”]$");
    /** A city, a slash and the agency that filed from it: "واغادوغو/ الأناضول". */
    private static final Pattern CITY_SLASH_AGENCY =
            Pattern.compile("^(\\p{L}+(?: \\p{L}+)?)\\s*/\\s*\\p{L}+(?: \\p{L}+)?$");
    private static final Pattern CUED_NAME = Pattern.compile("^\\p{L}[\\p{L} .'\\-]{1,50}$");
    /**
     * "بغداد (رويترز) - ", "دمشق - ", "OUAGADOUGOU, Feb 3 (Reuters) - ", "PESHAWAR, Pakistan, Nov 20 (Reuters) - " or
     * "BAMAKO, July 23, 2025 (AFP) - " at the start of the first paragraph; of two cities filing together
     * ("JERUSALEM/BEIRUT, Oct 2 (Reuters) - "), the second.
     */
    private static final Pattern INLINE_DATELINE =
            Pattern.compile("^(?:[\\p{L} ]{2,25}/)?([\\p{L} ]{2,25}?)(?:,\\s*\\p{Lu}\\p{L}{2,20})?(?:,\\s*(?<monthDay>\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})(?<year>,\\s*\\d{4})?)?"
                    // Reuters' Arabic wire: "تكريت (العراق) 28 سبتمبر أيلول (رويترز) -"، "بيروت 19 كانون الثاني/يناير (رويترز) -"
                    + "(?:(?:\\s*\\(\\p{IsArabic}[\\p{IsArabic} ]{1,20}\\))?\\s+(?<dayMonth>[0-9٠-٩]{1,2}\\s+\\p{IsArabic}{3,10}"
                    + "(?:(?:\\s*/\\s*|\\s+)\\p{IsArabic}{3,10}){0,2})(?<arabicYear>\\s+[0-9٠-٩]{4})?)?"
                    + "\\s*(?<agency>\\([^)]{2,30}\\))?\\s*[-–—:]\\s");

    /**
     * A city, its date in numbers or an English month, an optional agency and a dash (none after an agency in brackets)
     * opening the first paragraph:
     * "طوباس 3-9-2025 وفا- "، "الأبيض 6-10-2025 (سونا) - "، "BAMAKO, July 23, 2025 (AFP) - "، "الفاشر 10 مارس 2025 — ",
     * "جنيف، 12 أيار/مايو 2023 - ",
     * with the city's country after it in English ("GAROWE, Somalia, February 12, 2025 - "), the agency before the
     * date as AP writes it ("PORT-AU-PRINCE, Haiti (AP) — March 4, 2024 — ").
     */
    private static final Pattern INLINE_DATED = Pattern.compile("^(\\p{L}(?:[\\p{L} ]|-(?=\\p{L})){1,24}?)"
            + "(?:,\\s*\\p{Lu}\\p{L}{2,20})?"
            // AP's agency and dash before the date ("PORT-AU-PRINCE, Haiti (AP) — March 4, 2024 —"), or a dash alone
            // ("بيروت - 25 أيلول 2024 - ")
            + "(?:\\s*\\(\\p{Lu}{2,5}\\)\\s*[-–—]|\\s+[-–—])?"
            + "[,،]?\\s+"
            + "(\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}|\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}, \\d{4}"
            // both names of the month ("واغادوغو، 5 حزيران/يونيو 2021 (أ ف ب) -"، "12 أيار/مايو 2023")
            + "|\\d{1,2} \\p{IsArabic}{3,10}(?:(?:\\s*/\\s*|\\s+)\\p{IsArabic}{3,10}){0,2} \\d{4})"
            // the agency in brackets may end the dateline without a dash ("إسلام آباد 23 أغسطس 2025 (شينخوا) ارتفعت")
            + "(?:\\s*\\(\\p{L}[\\p{L} ]{0,20}\\)\\s*(?:[-–—]\\s)?|\\s*(?:\\p{L}[\\p{L} ]{0,20})?\\s*[-–—]\\s)");

    /** One or two words of letters, then a dash, at the start of a date line. */
    private static final Pattern DATE_LINE_CITY = Pattern.compile("^(\\p{L}{2,}(?: \\p{L}{2,})?)\\s*[-–—]\\s");
    /** A known city, then "في" and the date line: "القاهرة في 19 سبتمبر 2017", an official statement's head. */
    private static final Pattern CITY_IN = Pattern.compile("^(\\p{L}{2,}(?: \\p{L}{2,})?)\\s+في\\s");

    private final DateLine dateLine;
    private final Lexicon bylineCues;
    private final Lexicon cities;

    TextHeader(DateLine dateLine, Lexicon bylineCues, Lexicon cities) {
        this.dateLine = dateLine;
        this.bylineCues = bylineCues;
        this.cities = cities;
    }

    static TextHeader standard() {
        return new TextHeader(DateLine.standard(), Lexicon.load("byline-cues.txt"), Lexicon.load("dateline-cities.txt"));
    }

    Header read(String text) {
        List<String> lines = headLines(text);
        String title = null;
        String published = null;
        String author = null;
        String dateline = null;
        String monthDay = null;
        boolean arabic = mostlyArabic(lines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String date = published == null ? dateLine.parse(line, arabic) : null;
            if (date != null) {
                published = date;
                title = i == 0 && dateLine.endsAHeadline(line) ? line : title;
                // "بيروت - ٢٥ أيلول/سبتمبر ٢٠٢٤": a city before the date line's dash is the dateline
                dateline = dateline == null ? datelineBeforeDate(line) : dateline;
                continue;
            }
            if (dateline == null && i > 0 && cities.contains(line)) {
                dateline = line; // "جاروي أونلاين" then "مقديشو" alone on its line: where the story was filed
                continue;
            }
            String[] byline = author == null ? byline(line, i == 0) : null;
            if (byline != null) {
                author = byline[0];
                dateline = dateline == null ? byline[1] : dateline;
                continue;
            }
            if (i == 0 && line.length() < TITLE_MAX && !endsSentence(line)) {
                title = line;
            } else if (dateline == null && line.length() > BYLINE_MAX) {
                // "طوباس 3-9-2025 وفا- استشهد"، "BAMAKO, July 23, 2025 (AFP) - At least": a dated opening dates the file
                Matcher dated = INLINE_DATED.matcher(line);
                if (dated.find() && words(dated.group(1)) <= 3) {
                    String opening = dateLine.parse(dated.group(2));
                    published = published == null ? opening : published;
                    dateline = opening != null ? dated.group(1).strip() : inlineDateline(line);
                } else {
                    dateline = inlineDateline(line);
                    monthDay = yearlessDate(line);
                }
            }
        }
        return new Header(title, published, author, dateline, published == null ? monthDay : null);
    }

    /** Whether the head's letters are mostly of the Arabic script: a text whose dates are written day first. */
    private static boolean mostlyArabic(List<String> lines) {
        long arabic = 0;
        long other = 0;
        for (String line : lines) {
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (Character.isLetter(c)) {
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                        arabic++;
                    } else {
                        other++;
                    }
                }
            }
        }
        return arabic > other;
    }

    private static List<String> headLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : Paragraphs.lines(text)) {
            String trimmed = Paragraphs.trim(line);
            if (!trimmed.isEmpty()) {
                out.add(trimmed);
                if (out.size() == HEAD_LINES) {
                    break;
                }
            }
        }
        return out;
    }

    /** {author, city} of a byline, either possibly null; null when the line is no byline. */
    private String[] byline(String line, boolean firstLine) {
        if (line.length() > BYLINE_MAX) {
            return null;
        }
        String cued = afterCue(line);
        if (cued != null) {
            return new String[] {cued, null};
        }
        Matcher outlet = CITY_COLON_OUTLET.matcher(line);
        if (outlet.matches() && cities.contains(outlet.group(1).strip())) {
            return new String[] {null, outlet.group(1).strip()}; // "بيروت: «الشرق الأوسط»": filed there by the outlet
        }
        Matcher slashed = CITY_SLASH_AGENCY.matcher(line);
        if (slashed.matches() && cities.contains(slashed.group(1).strip())) {
            return new String[] {null, slashed.group(1).strip()};
        }
        Matcher dashed = DASHED.matcher(line);
        if (!dashed.matches() || words(dashed.group(1)) > 3 || words(dashed.group(2)) > 4) {
            return null;
        }
        String left = dashed.group(1).strip();
        String right = dashed.group(2).strip();
        if (cities.contains(right) && !cities.contains(left)) {
            return new String[] {left, right};
        }
        // "المدينة - الاسم" is the Arabic byline order; on the first line it could equally be a short headline
        return cities.contains(left) || !firstLine ? new String[] {right, left} : null;
    }

    /** The name after "بقلم:" / "By": one to five words, the line's first one or two words being the cue. */
    private String afterCue(String line) {
        String[] words = line.split("\\s+");
        for (int k = Math.min(2, words.length - 1); k >= 1; k--) {
            String cue = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            int rest = words.length - k;
            if (bylineCues.contains(cue) && rest >= 1 && rest <= 5) {
                String name = line.substring(line.indexOf(words[k - 1]) + words[k - 1].length())
                        .replaceFirst("^[\\s:：]+", "").strip();
                return CUED_NAME.matcher(name).matches() ? name : null;
            }
        }
        return null;
    }

    /**
     * The city before a date line's dash, or a known city before "في" and the date ("القاهرة في 19 سبتمبر 2017"): a known
     * city, or in a line that is otherwise a date ("باماكو – الاثنين ٢٣
     * نوفمبر ٢٠٢٦"), one or two words of letters that are not themselves part of the date.
     */
    private String datelineBeforeDate(String line) {
        String known = inlineDateline(line);
        if (known != null) {
            return known;
        }
        Matcher in = CITY_IN.matcher(line);
        if (in.find() && cities.contains(in.group(1).strip()) && dateLine.parse(line.substring(in.end())) != null) {
            return in.group(1).strip();
        }
        Matcher m = DATE_LINE_CITY.matcher(line);
        if (!m.find() || dateLine.parse(m.group(1)) != null || dateLine.parse(line.substring(m.end())) == null) {
            return null;
        }
        String city = m.group(1).strip();
        return dateLine.namesTime(city) ? null : city;
    }

    private String inlineDateline(String paragraph) {
        Matcher m = INLINE_DATELINE.matcher(paragraph);
        if (!m.find() || words(m.group(1)) > 3) {
            return null;
        }
        String city = m.group(1).strip();
        return cities.contains(city) || m.group("agency") != null ? city : null;
    }

    /**
     * The month and day of a wire date line that names no year ("BEIRUT, Sept 18 (Reuters) - ", "تكريت (العراق) 28
     * سبتمبر أيلول (رويترز) - "), else null.
     */
    private String yearlessDate(String paragraph) {
        Matcher m = INLINE_DATELINE.matcher(paragraph);
        if (!m.find() || words(m.group(1)) > 3 || m.group("year") != null || m.group("arabicYear") != null) {
            return null;
        }
        String written = m.group("monthDay") != null ? m.group("monthDay") : m.group("dayMonth");
        return written == null ? null : dateLine.monthDay(written.replace('/', ' '));
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    private static boolean endsSentence(String line) {
        return line.endsWith(".") && !line.endsWith("..");
    }
}

package org.hasila.extract.claim;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.IsoDates;

/**
 * The entries of a live page: lines that open with a time of day ("19:05"، "١٦:٤٠ -"), three or more of them, newest
 * first or oldest first. A figure in an entry is as of that entry's time ({@link Claim#asOfTime}), so that the page's
 * later count supersedes its earlier one though both carry the page's date; and where the times turn past midnight
 * (newest first: "01:20" above "23:50"), the entries past the turn are of the day before the page's, newest last: of
 * the days before the page's last entry. A stamp that gives its day after its time ("10:40 (بتوقيت طهران) 27/10/2022")
 * dates its entry by that day.
 */
public final class LiveEntries {

    /** Entries at least, for a page to be live: a time at a line's start once or twice may be anything. */
    static final int MIN_ENTRIES = 3;
    private static final int MINUTES_OF_DAY = 24 * 60;
    private static final Pattern STAMP =
            Pattern.compile("(?m)^[ \\t]*[(\\[]?([0-9\u0660-\u0669]{1,2}):([0-9\u0660-\u0669]{2})(?![0-9\u0660-\u0669:])");
    /** A stamp's day after its time, on its line: "27/10/2022"، "27-10-2022"، "2022-10-27". */
    private static final Pattern STAMP_DAY = Pattern.compile("(?<![0-9\u0660-\u0669])(?:"
            + "([0-9\u0660-\u0669]{1,2})[/.-]([0-9\u0660-\u0669]{1,2})[/.-]([0-9\u0660-\u0669]{4})"
            + "|([0-9\u0660-\u0669]{4})-([0-9\u0660-\u0669]{2})-([0-9\u0660-\u0669]{2}))(?![0-9\u0660-\u0669])");
    /** How far after its time a stamp's day may stand: a place's clock ("(بتوقيت طهران)") between them. */
    private static final int STAMP_DAY_CHARS = 40;
    /** How many days before its entry's day a sentence's own date may be and still be the entry's count's. */
    private static final int RECALL_DAYS = 7;

    /**
     * An entry's stamp: where it starts, its time ({@code HH:MM}), its day counted from the page's, and the day it
     * gives itself ({@code null} when none).
     */
    private record Stamp(int start, int minutes, int day, LocalDate date) {

        String time() {
            return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
        }
    }

    private final List<Stamp> stamps;

    private LiveEntries(List<Stamp> stamps) {
        this.stamps = stamps;
    }

    /** The entries of {@code text}: none unless it has {@value #MIN_ENTRIES} stamps or more. */
    public static LiveEntries of(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = STAMP.matcher(text);
        while (m.find()) {
            // parseInt reads Arabic-Indic digits as it reads ASCII ones
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (hour < 24 && minute < 60) {
                found.add(new int[] {m.start(), hour * 60 + minute, m.end()});
            }
        }
        if (found.size() < MIN_ENTRIES) {
            return new LiveEntries(List.of());
        }
        // each step the shorter way round the clock: "01:20" above "23:50" goes back 90 minutes, not on 22 hours
        int falling = 0;
        for (int i = 1; i < found.size(); i++) {
            int ahead = Math.floorMod(found.get(i)[1] - found.get(i - 1)[1], MINUTES_OF_DAY);
            falling += ahead == 0 ? 0 : ahead > MINUTES_OF_DAY / 2 ? 1 : -1;
        }
        boolean newestFirst = falling > 0;
        List<Stamp> stamps = new ArrayList<>(found.size());
        int day = 0;
        for (int i = 0; i < found.size(); i++) {
            if (i > 0) {
                int previous = found.get(i - 1)[1];
                int now = found.get(i)[1];
                // the clock turns back past midnight in the page's own order
                day += newestFirst && now > previous ? -1 : !newestFirst && now < previous ? 1 : 0;
            }
            stamps.add(new Stamp(found.get(i)[0], found.get(i)[1], day, dayAfter(text, found.get(i)[2])));
        }
        int last = newestFirst ? 0 : day; // the page's date is its newest entry's
        return new LiveEntries(stamps.stream()
                .map(s -> new Stamp(s.start(), s.minutes(), s.day() - last, s.date())).toList());
    }

    /** The day a stamp gives on its line after its time, at {@code from}, or {@code null}. */
    private static LocalDate dayAfter(String text, int from) {
        int lineEnd = text.indexOf('\n', from);
        int end = Math.min(lineEnd < 0 ? text.length() : lineEnd, from + STAMP_DAY_CHARS);
        Matcher m = STAMP_DAY.matcher(text).region(from, end);
        if (!m.find()) {
            return null;
        }
        boolean dayFirst = m.group(1) != null;
        try {
            // parseInt reads Arabic-Indic digits as it reads ASCII ones
            return LocalDate.of(Integer.parseInt(m.group(dayFirst ? 3 : 4)), Integer.parseInt(m.group(dayFirst ? 2 : 5)),
                    Integer.parseInt(m.group(dayFirst ? 1 : 6)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The claims, each in an entry given that entry's time, and where the entry is of a day before the page's, that
     * day as its date when it had the page's (its sentence named no other).
     *
     * @param published the page's date or date-time, or {@code null}
     */
    public List<Claim> date(List<Claim> claims, String published) {
        if (stamps.isEmpty()) {
            return claims;
        }
        LocalDate page = IsoDates.dateOf(published);
        List<Claim> dated = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            Stamp entry = entryAt(c.evidence().start());
            if (entry == null) {
                dated.add(c);
                continue;
            }
            String asOf = c.asOf();
            if (entry.date() != null) {
                // the entry's own day: the sentence's date, unless a recall's of days before, was read from the page's
                LocalDate own = IsoDates.dateOf(asOf);
                if (own == null || own.isAfter(entry.date().minusDays(RECALL_DAYS))) {
                    asOf = entry.date().toString();
                }
            } else if (page != null && entry.day() != 0 && (asOf == null || page.equals(IsoDates.dateOf(asOf)))) {
                asOf = page.plusDays(entry.day()).toString();
            }
            dated.add(c.withEntry(asOf, entry.time()));
        }
        return dated;
    }

    private Stamp entryAt(int offset) {
        Stamp entry = null;
        for (Stamp s : stamps) {
            if (s.start() > offset) {
                break;
            }
            entry = s;
        }
        return entry;
    }
}

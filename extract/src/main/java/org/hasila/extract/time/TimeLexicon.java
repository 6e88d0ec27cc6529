package org.hasila.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hasila.core.text.TextNormalizer;

/** The date and time vocabularies, read from resource files and folded for matching. */
final class TimeLexicon {

    private static final String BASE = "/org/hasila/extract/time/";

    /** Where a weekday followed by a direction word lies relative to the reference. */
    enum Direction { PAST, NEXT }

    /**
     * A day named relative to the reference ({@code chained == false}) or to the previous date of the text;
     * {@code notADate} for phrases that only look like one (في اليوم الواحد).
     */
    record RelativeDay(int offset, boolean chained, LocalTime time, boolean notADate) { }

    final Map<String, Integer> months;
    final Map<String, DayOfWeek> weekdays;
    final Map<String, Direction> directions;
    final Map<String, RelativeDay> relativeDays;
    final Map<String, LocalTime> dayParts;
    final Map<String, Integer> ordinals;
    final Map<String, Integer> cardinals;
    /** Words before a month that make it a month of its own, with no day or year ("In March", "وفي آذار"). */
    final Map<String, String> monthPrepositions;

    private TimeLexicon(TextNormalizer normalizer) {
        months = read(normalizer, "months.txt", Integer::valueOf);
        weekdays = read(normalizer, "weekdays.txt", v -> DayOfWeek.of(Integer.parseInt(v)));
        directions = read(normalizer, "weekday-directions.txt",
                v -> Direction.valueOf(v.toUpperCase(Locale.ROOT)));
        relativeDays = read(normalizer, "relative-days.txt", TimeLexicon::relativeDay);
        dayParts = read(normalizer, "day-parts.txt", LocalTime::parse);
        ordinals = withCompounds(read(normalizer, "ordinals.txt", Integer::valueOf));
        cardinals = read(normalizer, "cardinals.txt", Integer::valueOf);
        monthPrepositions = read(normalizer, "month-prepositions.txt", v -> v);
    }

    static TimeLexicon fromClasspath() {
        return new TimeLexicon(TextNormalizer.forMatching());
    }

    private static RelativeDay relativeDay(String value) {
        String[] parts = value.split("\\s+");
        LocalTime time = parts.length > 1 ? LocalTime.parse(parts[1]) : null;
        return switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "next" -> new RelativeDay(1, true, time, false);
            case "same" -> new RelativeDay(0, true, time, false);
            case "previous" -> new RelativeDay(-1, true, time, false);
            case "none" -> new RelativeDay(0, false, null, true);
            default -> new RelativeDay(Integer.parseInt(parts[0]), false, time, false);
        };
    }

    /** Adds "unit و tens" (الثالث والعشرين) for every unit 1..9 and every tens entry. */
    private static Map<String, Integer> withCompounds(Map<String, Integer> simple) {
        Map<String, Integer> all = new LinkedHashMap<>(simple);
        simple.forEach((unit, u) -> {
            if (u >= 1 && u <= 9 && !unit.contains(" ")) {
                simple.forEach((tens, t) -> {
                    if (t >= 20 && t % 10 == 0) {
                        all.putIfAbsent(unit + " و" + tens, u + t);
                    }
                });
            }
        });
        return Map.copyOf(all);
    }

    private static <V> Map<String, V> read(TextNormalizer normalizer, String file, Function<String, V> value) {
        Map<String, V> entries = new LinkedHashMap<>();
        try (InputStream in = TimeLexicon.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing time lexicon " + BASE + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                int eq = trimmed.indexOf('=');
                if (trimmed.isEmpty() || trimmed.startsWith("#") || eq < 0) {
                    continue;
                }
                String key = TimeText.key(normalizer.fold(trimmed.substring(0, eq)));
                entries.put(key, value.apply(trimmed.substring(eq + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read time lexicon " + file, e);
        }
        return Map.copyOf(entries);
    }
}

package org.hasila.extract.entity;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hasila.core.entity.Entity;
import org.hasila.core.text.TextNormalizer;

/**
 * The places of the world the gazetteer does not list, under ICU's names for them in Arabic and in English: every
 * country and territory of ISO 3166, and the cities ICU names its time zones after (كولومبو، مانيلا، سيوداد خواريز),
 * each in its country. A report from a country no list was written for ("سريلانكا"، "هندوراس") still names a place
 * the gazetteer knows, and its reports meet there; the countries are too wide to place an incident ({@link
 * Gazetteer#countries()}), their cities are not.
 *
 * <p>{@code world-places.tsv} adds, by ISO code or time zone, the forms reports write beside ICU's names ("بريطانيا"
 * for "المملكة المتحدة"), keeps a name that is also a common word to its qualified forms ("بنين" is "boys": "جمهورية
 * بنين"), and leaves out a city whose name is one ("نوم", Nome, is "sleep"). A place the gazetteer names already,
 * under any of these names, keeps its own entry.
 */
final class WorldPlaces {

    private static final String RESOURCE = "/org/hasila/extract/entity/world-places.tsv";
    private static final ULocale ARABIC = new ULocale("ar");
    /** "ميانمار (بورما)": the name, then another in brackets. */
    private static final Pattern BRACKETED = Pattern.compile("(.+?)\\s*\\((.+)\\)");
    private static final String QUALIFIED = "qualified";
    private static final String NONE = "none";

    private final Readings readings = Readings.fromClasspath();
    /** Every name the gazetteer and the places added so far go by, folded, and the id of the entity it names. */
    private final Map<String, String> named = new HashMap<>();
    private final Map<String, String[]> rows = rows();
    private final List<Entity> added = new ArrayList<>();
    private final Map<String, String> parents = new LinkedHashMap<>();
    private final List<String> countries = new ArrayList<>();

    private WorldPlaces(Gazetteer known) {
        for (Entity e : known.entities()) {
            Stream.concat(Stream.of(e.name(), e.nameAr()), e.aliases().stream()).forEach(n -> name(n, e.id()));
        }
    }

    /** {@code known} with the countries and cities it does not name added as places of their own. */
    static Gazetteer addedTo(Gazetteer known) {
        WorldPlaces world = new WorldPlaces(known);
        Map<String, String> countryOfCode = new HashMap<>();
        for (String code : ULocale.getISOCountries()) {
            ULocale region = new ULocale("", code);
            String id = world.add(code, region.getDisplayCountry(ULocale.ENGLISH), region.getDisplayCountry(ARABIC),
                    null);
            if (id != null) {
                countryOfCode.put(code, id);
            }
        }
        TimeZoneNames english = TimeZoneNames.getInstance(ULocale.ENGLISH);
        TimeZoneNames arabic = TimeZoneNames.getInstance(ARABIC);
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String country = countryOfCode.get(TimeZone.getRegion(zone));
            // a research station of the Antarctic or the Arctic is no town a report names
            if (country != null && !zone.startsWith("Antarctica/") && !zone.startsWith("Arctic/")) {
                world.add(zone, english.getExemplarLocationName(zone), arabic.getExemplarLocationName(zone), country);
            }
        }
        return known.withWorldPlaces(world.added, world.parents, world.countries);
    }

    /**
     * Adds a country ({@code parent} null) or a city of one under ICU's names and the file's aliases, unless the
     * gazetteer knows it; returns the id the place goes by (a known country's own), or null when it is left out.
     */
    private String add(String key, String english, String arabic, String parent) {
        String[] row = rows.get(key);
        String mark = row != null && row.length > 2 ? row[2].strip() : "";
        if (mark.equals(NONE) || english == null || arabic == null) {
            return null;
        }
        LinkedHashSet<String> aliases = new LinkedHashSet<>();
        english = named(english, aliases);
        arabic = named(arabic, aliases);
        if (row != null && !row[1].isBlank()) {
            aliases.addAll(List.of(row[1].strip().split("\\|")));
        }
        // a name ICU writes with a dash or a comma ("الكونغو - برازافيل"، "Knox, Indiana") is no name a report writes
        english = plain(english);
        arabic = mark.equals(QUALIFIED) ? "" : plain(arabic);
        String known = Stream.concat(Stream.of(english, arabic), aliases.stream())
                .map(n -> named.get(key(n))).filter(id -> id != null).findFirst().orElse(null);
        if (known != null) {
            return known; // the gazetteer's own (Syria, Mali) or one of its places (عُمان is also Amman)
        }
        String name = english.isEmpty() ? aliases.stream().filter(WorldPlaces::latin).findFirst().orElse("") : english;
        if (name.isEmpty()) {
            return null;
        }
        String id = "loc:" + slug(name);
        if (named.containsValue(id)) {
            id = "loc:" + slug(name + " " + key.toLowerCase(Locale.ROOT));
        }
        for (String n : Stream.concat(Stream.of(name, arabic), aliases.stream()).toList()) {
            name(n, id);
        }
        added.add(new Entity(id, "place", name, arabic, List.copyOf(aliases)));
        if (parent == null) {
            countries.add(id);
        } else {
            parents.put(id, parent);
        }
        return id;
    }

    private void name(String name, String id) {
        String key = key(name);
        if (!key.isEmpty()) {
            named.putIfAbsent(key, id);
        }
    }

    private static String plain(String name) {
        return name.contains(" - ") || name.contains(",") || name.contains("،") ? "" : name;
    }

    /** world-places.tsv by ISO code or time zone: key, aliases separated by '|', and a mark where one applies. */
    private static Map<String, String[]> rows() {
        InputStream in = WorldPlaces.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new GazetteerException(RESOURCE, 0, "resource not found on the classpath");
        }
        Map<String, String[]> rows = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length < 2 || row.length > 3
                        || row.length == 3 && !List.of(QUALIFIED, NONE).contains(row[2].strip())) {
                    throw new GazetteerException(RESOURCE, number, "expected: code or zone, aliases [, qualified|none]");
                }
                rows.put(row[0].strip(), row);
            }
        } catch (IOException e) {
            throw new GazetteerException(RESOURCE, "cannot be read", e);
        }
        return rows;
    }

    /** The name before a bracket, the bracketed one of one word kept as an alias ("Myanmar (Burma)"). */
    private static String named(String name, Set<String> aliases) {
        Matcher m = BRACKETED.matcher(name);
        if (!m.matches()) {
            return name;
        }
        if (!m.group(2).contains(" ")) {
            aliases.add(m.group(2));
        }
        return m.group(1);
    }

    /** A name folded as the matcher folds it, each word without its article. */
    private String key(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (String word : TextNormalizer.forMatching().normalize(name).text().split("[\\s\\p{Punct}]+")) {
            if (!word.isEmpty()) {
                key.append(key.isEmpty() ? "" : " ").append(readings.inner(word).core());
            }
        }
        return key.toString();
    }

    private static boolean latin(String name) {
        return name.chars().allMatch(c -> c < 0x80);
    }

    private static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}

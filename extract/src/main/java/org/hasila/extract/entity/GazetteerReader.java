package org.hasila.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hasila.core.entity.Entity;

/**
 * Parses the gazetteer TSV: {@code id, type, name, nameAr[, aliases separated by '|'[, partOf id]]},
 * blank lines and {@code #} comments skipped. Rejects a bad line with its file and line number, because
 * users edit this file by hand and a silently dropped entity is worse than a failed start.
 */
final class GazetteerReader {

    private static final Pattern ID = Pattern.compile("(org|grp|per|loc|fac):[a-z0-9][a-z0-9._-]*");

    /** Which id prefix each type must carry, so that an id says what kind of thing it names. */
    private static final Map<String, String> PREFIX_OF_TYPE = Map.of(
            "organization", "org", "monitor", "org", "agency", "org", "ministry", "org",
            "armed_group", "grp", "person", "per", "place", "loc", "facility", "fac");

    private GazetteerReader() {
    }

    static List<GazetteerEntry> read(BufferedReader in, String file) {
        List<GazetteerEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int number = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                GazetteerEntry entry = parse(line, file, number);
                if (!ids.add(entry.entity().id())) {
                    throw new GazetteerException(file, number, "duplicate id " + entry.entity().id());
                }
                entries.add(entry);
            }
        } catch (IOException e) {
            throw new GazetteerException(file, "cannot be read", e);
        }
        return entries;
    }

    private static GazetteerEntry parse(String line, String file, int number) {
        String[] cols = line.split("\t", -1);
        if (cols.length < 4 || cols.length > 6) {
            throw new GazetteerException(file, number, "expected 4 to 6 tab-separated columns "
                    + "(id, type, name, nameAr, aliases, partOf) but found " + cols.length);
        }
        String id = cols[0].strip();
        String type = cols[1].strip();
        if (!ID.matcher(id).matches()) {
            throw new GazetteerException(file, number, "bad id '" + id
                    + "': expected org:, grp:, per:, loc: or fac: followed by lower-case letters, digits, '.', '_' or '-'");
        }
        String prefix = PREFIX_OF_TYPE.get(type);
        if (prefix == null) {
            throw new GazetteerException(file, number, "unknown type '" + type + "': expected one of "
                    + String.join(", ", PREFIX_OF_TYPE.keySet().stream().sorted().toList()));
        }
        if (!id.startsWith(prefix + ":")) {
            throw new GazetteerException(file, number, "id '" + id + "' of type " + type + " must start with " + prefix + ":");
        }
        String name = cols[2].strip();
        String nameAr = cols[3].strip();
        List<String> aliases = cols.length > 4 ? aliases(cols[4]) : List.of();
        // a line may carry aliases only, to extend an entity of the shipped file
        if (name.isEmpty() && nameAr.isEmpty() && aliases.isEmpty()) {
            throw new GazetteerException(file, number, "entity " + id + " has no name and no alias");
        }
        String partOf = cols.length > 5 && !cols[5].isBlank() ? cols[5].strip() : null;
        if (partOf != null && !ID.matcher(partOf).matches()) {
            throw new GazetteerException(file, number, "bad partOf id '" + partOf + "'");
        }
        return new GazetteerEntry(new Entity(id, type, name, nameAr, aliases), partOf);
    }

    private static List<String> aliases(String column) {
        return Arrays.stream(column.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
    }
}

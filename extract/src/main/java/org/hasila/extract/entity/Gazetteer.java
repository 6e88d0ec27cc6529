package org.hasila.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hasila.core.entity.Entity;

/**
 * The known entities and their aliases, read from a TSV file that users can extend or replace
 * without rebuilding (see {@code gazetteer.tsv} next to this class for the format).
 */
public final class Gazetteer {

    /** The shipped gazetteer, a classpath resource. */
    public static final String RESOURCE = "/org/hasila/extract/entity/gazetteer.tsv";

    private final List<Entity> entities;
    private final Map<String, Entity> byId;
    private final Map<String, String> partOf;
    private final Set<String> countries;

    public Gazetteer(List<Entity> entities) {
        this(entities, Map.of(), Set.of());
    }

    private Gazetteer(List<Entity> entities, Map<String, String> partOf, Set<String> countries) {
        this.countries = Set.copyOf(countries);
        this.entities = List.copyOf(entities);
        Map<String, Entity> index = new LinkedHashMap<>();
        for (Entity e : this.entities) {
            index.putIfAbsent(e.id(), e);
        }
        this.byId = index;
        this.partOf = Map.copyOf(partOf);
    }

    /** The gazetteer shipped in the jar, with the countries of the world it does not list ({@link WorldPlaces}). */
    public static Gazetteer fromClasspath() {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new GazetteerException(RESOURCE, 0, "resource not found on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            // and every country it does not name, under ICU's names for it
            return WorldPlaces.addedTo(of(GazetteerReader.read(reader, "classpath:" + RESOURCE)));
        } catch (IOException e) {
            throw new GazetteerException(RESOURCE, "cannot be closed", e);
        }
    }

    /** A user's gazetteer file alone (replacing the shipped one). */
    public static Gazetteer load(Path file) {
        return of(readFile(file));
    }

    /**
     * This gazetteer extended by a user's file: a new id is added; a known id keeps its entry, with
     * the user's non-empty type, names and partOf taking over and the user's aliases added to its own.
     */
    public Gazetteer extendedWith(Path file) {
        return extendedWith(of(readFile(file)));
    }

    /** This gazetteer extended by another, with the same rules as {@link #extendedWith(Path)}. */
    public Gazetteer extendedWith(Gazetteer other) {
        Map<String, Entity> merged = new LinkedHashMap<>(byId);
        for (Entity e : other.entities) {
            merged.merge(e.id(), e, Gazetteer::merge);
        }
        Map<String, String> parents = new LinkedHashMap<>(partOf);
        parents.putAll(other.partOf);
        Set<String> all = new HashSet<>(countries);
        all.addAll(other.countries);
        return new Gazetteer(new ArrayList<>(merged.values()), parents, all);
    }

    public List<Entity> entities() {
        return entities;
    }

    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entity this one belongs to or speaks for (a spokesman's party, a unit's force), if the file says. */
    public Optional<String> partOf(String id) {
        return Optional.ofNullable(partOf.get(id));
    }

    /**
     * The countries of the world added to the file's entries ({@link WorldPlaces}): too wide to place an incident, as the
     * countries the file lists are (reconcile's {@code wide-places.txt}).
     */
    public Set<String> countries() {
        return countries;
    }

    /**
     * This gazetteer with {@code added}, places of the world ({@link WorldPlaces}), as entities of their own: the
     * cities in {@code parents}, the {@code countries} too wide to place an incident.
     */
    Gazetteer withWorldPlaces(List<Entity> added, Map<String, String> parents, List<String> countries) {
        List<Entity> all = new ArrayList<>(entities);
        all.addAll(added);
        Map<String, String> partOfAll = new LinkedHashMap<>(partOf);
        partOfAll.putAll(parents);
        Set<String> ids = new HashSet<>(this.countries);
        ids.addAll(countries);
        return new Gazetteer(all, partOfAll, ids);
    }

    /** Each place or facility mapped to the place it lies in (a town to its province, a prison to its town). */
    public Map<String, String> placeParents() {
        Map<String, String> parents = new LinkedHashMap<>();
        partOf.forEach((id, parent) -> {
            if (isPlace(id) && isPlace(parent)) {
                parents.put(id, parent);
            }
        });
        return Map.copyOf(parents);
    }

    private static boolean isPlace(String id) {
        return id.startsWith("loc:") || id.startsWith("fac:");
    }

    private static Gazetteer of(List<GazetteerEntry> entries) {
        Map<String, String> parents = new LinkedHashMap<>();
        for (GazetteerEntry entry : entries) {
            if (entry.partOf() != null) {
                parents.put(entry.entity().id(), entry.partOf());
            }
        }
        return new Gazetteer(entries.stream().map(GazetteerEntry::entity).toList(), parents, Set.of());
    }

    private static List<GazetteerEntry> readFile(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return GazetteerReader.read(reader, file.toString());
        } catch (IOException e) {
            throw new GazetteerException(file.toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static Entity merge(Entity base, Entity extra) {
        LinkedHashSet<String> aliases = new LinkedHashSet<>(base.aliases());
        // a renamed entity must still be found under its former names
        if (!extra.name().isEmpty() && !base.name().isEmpty()) {
            aliases.add(base.name());
        }
        if (!extra.nameAr().isEmpty() && !base.nameAr().isEmpty()) {
            aliases.add(base.nameAr());
        }
        aliases.addAll(extra.aliases());
        return new Entity(base.id(),
                extra.type().isEmpty() ? base.type() : extra.type(),
                extra.name().isEmpty() ? base.name() : extra.name(),
                extra.nameAr().isEmpty() ? base.nameAr() : extra.nameAr(),
                List.copyOf(aliases));
    }
}

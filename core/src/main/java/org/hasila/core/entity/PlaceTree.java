package org.hasila.core.entity;

import java.util.Map;

/**
 * The gazetteer's places inside one another (a town in its province, a prison in its town), as the extractor and the
 * reconciler both read them.
 *
 * @param parents each place or facility mapped to the place it lies in
 */
public record PlaceTree(Map<String, String> parents) {

    /** Levels of regions followed at most (a province, its district, its town): a bound against a cycle. */
    public static final int MAX_DEPTH = 4;

    public PlaceTree {
        parents = Map.copyOf(parents);
    }

    /** The place {@code place} lies in, or {@code null}. */
    public String parentOf(String place) {
        return place == null ? null : parents.get(place);
    }

    /** True when {@code place} lies inside {@code region}, at any depth. */
    public boolean lies(String place, String region) {
        String parent = parentOf(place);
        for (int depth = 0; parent != null && depth < MAX_DEPTH; depth++) {
            if (parent.equals(region)) {
                return true;
            }
            parent = parents.get(parent);
        }
        return false;
    }

    /** Whether a place the gazetteer knows stands in no other (a country, or a region as wide). */
    public boolean topLevel(String place) {
        return !UnknownPlace.is(place) && !parents.containsKey(place);
    }
}

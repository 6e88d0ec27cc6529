package org.hasila.core.entity;

import java.util.List;

/**
 * A place or facility the gazetteer does not know, found by the noun of settlement before its name ("بلدة الكومة",
 * "سجن قرنادة"): its id is {@code loc:u-...} or {@code fac:u-...}, made from its name.
 */
public final class UnknownPlace {

    /** The id prefixes of unknown places and facilities, as a store may select them. */
    public static final List<String> ID_PREFIXES = List.of("loc:u-", "fac:u-");

    private UnknownPlace() {
    }

    /** Whether {@code id} is an unknown place's or facility's. */
    public static boolean is(String id) {
        return id != null && (id.startsWith(ID_PREFIXES.get(0)) || id.startsWith(ID_PREFIXES.get(1)));
    }

    /** Whether {@code id} is an unknown settlement's (a village: "قرية أم صميمة"), not a facility's. */
    public static boolean isSettlement(String id) {
        return id != null && id.startsWith(ID_PREFIXES.get(0));
    }

    /** The id of an unknown place ({@code facility} false) or facility named {@code key}. */
    public static String id(boolean facility, String key) {
        return ID_PREFIXES.get(facility ? 1 : 0) + Integer.toHexString(key.hashCode());
    }

    /** The entity of an unknown place's id, named as a text writes it ("سجن قرنادة"). */
    public static Entity entity(String id, String name) {
        return new Entity(id, id.startsWith("fac:") ? "facility" : "place", name, name, List.of());
    }
}

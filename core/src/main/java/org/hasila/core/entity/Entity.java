package org.hasila.core.entity;

import java.util.List;

/**
 * A gazetteer entry: an organisation, armed group, person, place or facility.
 *
 * @param id      canonical id, prefixed by kind ({@code org:}, {@code grp:}, {@code per:}, {@code loc:}, {@code fac:})
 * @param type    one of organization, armed_group, monitor, agency, person, place, facility
 * @param name    English name
 * @param nameAr  Arabic name
 * @param aliases other forms it is written in
 */
public record Entity(String id, String type, String name, String nameAr, List<String> aliases) {

    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}

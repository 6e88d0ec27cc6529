package org.hasila.extract.entity;

import java.util.List;
import java.util.Optional;
import org.hasila.core.entity.Entity;

/** The known entities and their aliases. STUB: replaced by the resource-file gazetteer. */
public final class Gazetteer {

    private final List<Entity> entities;

    public Gazetteer(List<Entity> entities) {
        this.entities = List.copyOf(entities);
    }

    /** The gazetteer shipped in the jar. */
    public static Gazetteer fromClasspath() {
        return new Gazetteer(List.of());
    }

    public List<Entity> entities() {
        return entities;
    }

    public Optional<Entity> byId(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}

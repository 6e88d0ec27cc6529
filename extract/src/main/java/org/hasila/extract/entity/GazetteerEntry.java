package org.hasila.extract.entity;

import org.hasila.core.entity.Entity;

/** One parsed gazetteer line: the entity and, optionally, the id of the entity it speaks for or belongs to. */
record GazetteerEntry(Entity entity, String partOf) {
}

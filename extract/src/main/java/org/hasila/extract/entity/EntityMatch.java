package org.hasila.extract.entity;

import org.hasila.core.entity.Entity;

/** A gazetteer entity named in folded text, at [start, end) in folded offsets. */
public record EntityMatch(int start, int end, Entity entity) {
}

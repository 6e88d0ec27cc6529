package org.hasila.reconcile;

import java.util.List;

/**
 * The items of one incident, before it becomes an {@link org.hasila.core.event.Event}.
 *
 * @param key   the place id, or {@code doc:<id>} for a document that names no place
 * @param items its claims and documents, in {@link Item#ORDER}
 */
record Cluster(String key, List<Item> items) {
}

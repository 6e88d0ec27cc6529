package org.hasila.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The items of one incident, before it becomes an {@link org.hasila.core.event.Event}.
 *
 * @param key   the place id, or {@code doc:<id>} for a document that names no place
 * @param items its claims and documents, in {@link Item#ORDER}
 */
record Cluster(String key, List<Item> items) {

    /**
     * The clusters, in their order, with the items joined into some of them added to theirs (and sorted) and the
     * clusters absorbed into others left out.
     *
     * @param joined   for a cluster's index, the items of the clusters joined into it
     * @param absorbed for each cluster, whether it was joined into another
     */
    static List<Cluster> joined(List<Cluster> clusters, Map<Integer, List<Item>> joined, boolean[] absorbed) {
        if (joined.isEmpty()) {
            return clusters;
        }
        List<Cluster> result = new ArrayList<>(clusters.size());
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            if (joined.containsKey(i)) {
                List<Item> items = new ArrayList<>(c.items());
                items.addAll(joined.get(i));
                items.sort(Item.ORDER);
                result.add(new Cluster(c.key(), List.copyOf(items)));
            } else if (!absorbed[i]) {
                result.add(c);
            }
        }
        return result;
    }
}

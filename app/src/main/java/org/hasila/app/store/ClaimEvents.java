package org.hasila.app.store;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hasila.core.id.HexIdKeys;

/**
 * The event of each claim of a run, read-only, in about 16 to 32 bytes a claim: the extractor's claim ids as longs
 * ({@link HexIdKeys#CLAIMS}) in an open-addressing table of primitive arrays, pointing into the list of event ids;
 * ids of any other form in a plain map. A hash map of the id strings took about 100 bytes a claim.
 */
final class ClaimEvents extends AbstractMap<String, String> {

    private final List<String> events = new ArrayList<>();
    private final Map<String, String> others = new HashMap<>();
    private long[] keys = emptyKeys(1 << 10);
    private int[] eventOf = new int[keys.length];
    private int exact;

    /** Files the event's claims under it; a claim filed twice keeps the later event. */
    void add(String event, Collection<String> claimIds) {
        int index = events.size();
        events.add(event);
        for (String id : claimIds) {
            long key = HexIdKeys.CLAIMS.of(id);
            if (key == HexIdKeys.NONE) {
                others.put(id, event);
                continue;
            }
            int slot = slot(keys, key);
            if (keys[slot] == HexIdKeys.NONE) {
                keys[slot] = key;
                if (++exact * 4 > keys.length * 3) {
                    grow();
                    slot = slot(keys, key);
                }
            }
            eventOf[slot] = index;
        }
    }

    @Override
    public String get(Object claimId) {
        if (!(claimId instanceof String id)) {
            return null;
        }
        long key = HexIdKeys.CLAIMS.of(id);
        if (key == HexIdKeys.NONE) {
            return others.get(id);
        }
        int slot = slot(keys, key);
        return keys[slot] == key ? events.get(eventOf[slot]) : null;
    }

    @Override
    public boolean containsKey(Object claimId) {
        return get(claimId) != null;
    }

    @Override
    public int size() {
        return exact + others.size();
    }

    /** Every entry, built when asked (the report only looks claims up). */
    @Override
    public Set<Entry<String, String>> entrySet() {
        Map<String, String> all = new HashMap<>(others);
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != HexIdKeys.NONE) {
                all.put(HexIdKeys.CLAIMS.id(keys[slot]), events.get(eventOf[slot]));
            }
        }
        return java.util.Collections.unmodifiableMap(all).entrySet();
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldEvents = eventOf;
        keys = emptyKeys(2 * oldKeys.length);
        eventOf = new int[keys.length];
        for (int old = 0; old < oldKeys.length; old++) {
            if (oldKeys[old] != HexIdKeys.NONE) {
                int slot = slot(keys, oldKeys[old]);
                keys[slot] = oldKeys[old];
                eventOf[slot] = oldEvents[old];
            }
        }
    }

    /** The slot holding {@code key}, or the empty one where it would go. */
    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        long h = key * 0x9E3779B97F4A7C15L;
        for (int slot = (int) (h ^ (h >>> 32)) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == HexIdKeys.NONE || keys[slot] == key) {
                return slot;
            }
        }
    }

    private static long[] emptyKeys(int slots) {
        long[] keys = new long[slots];
        java.util.Arrays.fill(keys, HexIdKeys.NONE);
        return keys;
    }
}

package org.hasila.extract.number;

import java.util.HashMap;
import java.util.Map;
import org.hasila.core.text.Proclitics;

/** The ordinals that raise a toll and their numbers ({@code ordinals.txt}: رابع 4, fourth 4). */
final class OrdinalValues {

    private final Map<String, Integer> values;

    private OrdinalValues(Map<String, Integer> values) {
        this.values = Map.copyOf(values);
    }

    static OrdinalValues fromClasspath() {
        Map<String, Integer> values = new HashMap<>();
        Lexicon.rows("ordinals.txt").forEach(row -> values.put(row[0], Integer.valueOf(row[1])));
        return new OrdinalValues(values);
    }

    /** The number of an ordinal word (in the accusative too: رابعاً), or null. */
    Integer valueOf(Token token) {
        if (!token.isWord()) {
            return null;
        }
        for (Proclitics.Reading reading : token.readings()) {
            String stem = reading.stem();
            Integer value = values.get(stem);
            if (value == null && stem.length() > 3 && stem.endsWith("ا")) {
                value = values.get(stem.substring(0, stem.length() - 1));
            }
            if (value != null && !reading.definite()) {
                return value;
            }
        }
        return null;
    }
}

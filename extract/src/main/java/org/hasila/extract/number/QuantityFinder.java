package org.hasila.extract.number;

import java.util.List;
import org.hasila.core.text.NormalizedText;

/** Finds every stated quantity in a text. STUB: replaced by the number grammar. */
public final class QuantityFinder {

    public static QuantityFinder fromClasspath() {
        return new QuantityFinder();
    }

    /** Every quantity in folded {@code text.text()} between {@code from} and {@code to}, in order. */
    public List<QuantityMatch> find(NormalizedText text, int from, int to) {
        return List.of();
    }
}

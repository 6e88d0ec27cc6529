package org.hasila.core.text;

/**
 * One character-level normalization for matching. Folding char by char keeps an exact map from
 * the normalized text back to the original, so every match can be reported with original offsets.
 */
@FunctionalInterface
public interface CharFold {

    /** Returned by {@link #fold(char)} to drop the character. */
    int DROP = -1;

    /** The folded character, or {@link #DROP}. */
    int fold(char c);
}

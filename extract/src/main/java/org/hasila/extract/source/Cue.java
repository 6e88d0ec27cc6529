package org.hasila.extract.source;

/**
 * A cue found in a sentence: its kind and the token range [first, end) it covers; {@code prefixed}
 * when its first word carries و or ف, which makes a verb open a new clause.
 */
record Cue(CueKind kind, int first, int end, boolean prefixed) {
}

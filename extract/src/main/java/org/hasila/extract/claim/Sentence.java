package org.hasila.extract.claim;

/**
 * A sentence at folded [start, end), trimmed of whitespace.
 *
 * @param headline true for a stand-alone line with no closing punctuation (a title or sub-heading)
 */
record Sentence(int start, int end, boolean headline) {
}

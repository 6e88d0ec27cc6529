package org.hasila.extract.source;

import java.util.List;

/**
 * One line of {@code cues.tsv}: the folded words of the cue, its kind, the proclitics its first word
 * may carry, and whether one of them is required.
 */
record CueForm(List<String> words, CueKind kind, List<String> prefixes, boolean prefixRequired) {
}

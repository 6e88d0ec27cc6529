package org.hasila.extract.source;

import org.hasila.core.claim.Attribution;

/**
 * What a cue says about the source: a speaker found at the cue ({@code inherited} false), or the
 * speaker it continues (true). A cue that resolves to nobody has no resolution at all.
 */
record Resolution(Attribution attribution, boolean inherited) {
}

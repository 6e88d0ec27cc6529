package org.hasila.extract.entity;

/** An alias matched at a text position: how many words, how many with a typo, the folded span. */
record Candidate(Alias alias, int words, int typos, int start, int end) {

    /** Longest first, then fewest typos, then widest span, then the later gazetteer entry. */
    boolean betterThan(Candidate other) {
        if (other == null) {
            return true;
        }
        if (words != other.words) {
            return words > other.words;
        }
        if (typos != other.typos) {
            return typos < other.typos;
        }
        if (end - start != other.end - other.start) {
            return end - start > other.end - other.start;
        }
        return alias.order() > other.alias().order();
    }
}

package org.hasila.extract.time;

import java.time.LocalDate;
import java.util.List;

/** One family of date expressions: finds them in folded text and resolves what it can. */
interface DateRule {

    /** Candidates in folded {@code text}, resolved against {@code reference} (may be {@code null}). */
    List<Candidate> find(WordStarts text, LocalDate reference);
}

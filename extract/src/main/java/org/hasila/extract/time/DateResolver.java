package org.hasila.extract.time;

import java.time.LocalDate;
import java.util.List;
import org.hasila.core.text.NormalizedText;

/** Finds and resolves date expressions. STUB: replaced by the date grammar. */
public final class DateResolver {

    public static DateResolver fromClasspath() {
        return new DateResolver();
    }

    /**
     * Every date or time expression in folded {@code text.text()}, in order, resolved against
     * {@code reference} (the publication date; may be {@code null}, then relative ones stay unresolved).
     */
    public List<DateMention> find(NormalizedText text, LocalDate reference) {
        return List.of();
    }
}

package org.hasila.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hasila.core.text.NormalizedText;

/**
 * Finds date and time expressions in a text and resolves them to calendar dates against a reference date
 * (usually the publication date).
 */
public final class DateResolver {

    private final List<DateRule> rules;
    private final TimeOfDayRule times;

    private DateResolver(TimeLexicon lexicon) {
        this.rules = List.of(new MonthNameDateRule(lexicon), new NumericDateRule(), new ReferenceMonthRule(lexicon),
                new WeekdayRule(lexicon), new RelativeDayRule(lexicon), new IncidentDayRule(lexicon));
        this.times = new TimeOfDayRule(lexicon);
    }

    /** A resolver over the vocabularies in {@code org/hasila/extract/time/*.txt}. */
    public static DateResolver fromClasspath() {
        return new DateResolver(TimeLexicon.fromClasspath());
    }

    /**
     * Every date or time expression in folded {@code text.text()}, in order, resolved against
     * {@code reference} (the publication date; may be {@code null}, then relative ones stay unresolved).
     * Durations (ثلاثة أيام، منذ ثلاث سنوات) are not dates and are not returned.
     */
    public List<DateMention> find(NormalizedText text, LocalDate reference) {
        WordStarts words = WordStarts.of(text.text());
        List<Candidate> candidates = new ArrayList<>();
        for (DateRule rule : rules) {
            candidates.addAll(rule.find(words, reference));
        }
        return MentionAssembler.assemble(text.text(), candidates, times.find(words));
    }
}

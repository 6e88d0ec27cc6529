package org.hasila.extract.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hasila.core.text.NormalizedText;
import org.hasila.extract.time.DateMention;
import org.hasila.extract.time.DateResolver;

/**
 * The date a figure was stated for: a day named in its sentence (not one after منذ, which names
 * when counting began), else "the Nth day" counted from the incident's first day, else the
 * publication date, else unknown.
 */
final class AsOfResolver {

    static final int START_CUE_WINDOW = 5;
    static final int DAYS_BEFORE_REFERENCE = 30;

    /** Words before a date read for the "since" whose period it starts. */
    private static final int SINCE_WORDS = 6;


    private final Lexicons lexicons;

    AsOfResolver(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The document's dates and incident start, resolved against the publication date or the text's own dates. */
    Dates dates(NormalizedText text, DateResolver resolver, LocalDate published) {
        List<DateMention> first = dated(text, resolver, published);
        LocalDate start = incidentStart(text, first, published);
        if (published != null) {
            return new Dates(first, start, published, published);
        }
        // not the start of a period ("has killed more than 42,800 Palestinians since Oct. 7, 2023"), which the report
        // looks back to, nor speaks from
        LocalDate latest = first.stream().filter(DateMention::isResolvedDay).filter(d -> !afterSince(text, d, 0))
                .map(DateMention::date).max(Comparator.naturalOrder()).orElse(null);
        if (start != null) {
            for (DateMention d : first) {
                if (d.dayOfIncident() != null) {
                    LocalDate day = start.plusDays(d.dayOfIncident() - 1L);
                    latest = latest == null || day.isAfter(latest) ? day : latest;
                }
            }
        }
        List<DateMention> again = latest == null ? first : dated(text, resolver, latest);
        return new Dates(again, incidentStart(text, again, latest), null, latest);
    }

    /** The text's dates, but for a title named after a day ("صحيفة «26 سبتمبر»"، "قوى \"14 آذار\""): no date. */
    private static List<DateMention> dated(NormalizedText text, DateResolver resolver, LocalDate reference) {
        List<DateMention> found = new ArrayList<>(resolver.find(text, reference));
        found.removeIf(d -> QuotedNames.enclosesWhole(text, d.start(), d.end()));
        return found;
    }


    /**
     * Dates of a document: its mentions, the incident's first day, the publication date, and the day the document
     * speaks from (its publication, else the latest day it names, the one its dates were resolved against; or null).
     */
    record Dates(List<DateMention> mentions, LocalDate incidentStart, LocalDate published, LocalDate reference) {
    }

    /**
     * The day named nearest the number in its sentence; in a sentence of a toll that rose ("ارتفعت حصيلة القصف ...
     * الثلاثاء الماضي، إلى 16 ... وفق ما أعلنه الدفاع المدني اليوم الخميس": update-cues.txt), the latest it names,
     * the day the toll was brought up to. {@code ofTheIncident} is false for a figure of another, earlier incident,
     * which no day of this one dates.
     */
    String asOf(NormalizedText text, Dates dates, Sentence sentence, int numberStart, boolean ofTheIncident) {
        List<Word> words = Words.of(text.text(), sentence.start(), sentence.end());
        List<Word> own = words.subList(0, laterEarlierCount(words, numberStart));
        int ownEnd = own.isEmpty() ? sentence.start() : own.get(own.size() - 1).end();
        int earlier = earlierCountOpening(words, numberStart);
        if (earlier >= 0) {
            // "إلى 20 قتيلاً، بعد أن كانت أعلنت في البداية مقتل 27": told some day before, not today; the day its clause
            // names, if it names one ("بعد أن كانت قد أعلنت الجمعة اعتقال 11")
            int from = words.get(earlier).end();
            return dates.mentions().stream().filter(DateMention::isResolvedDay)
                    .filter(d -> d.start() >= from && d.end() <= numberStart)
                    .max(Comparator.comparingInt(DateMention::end))
                    .map(d -> d.date().toString()).orElse(null);
        }
        boolean update = !lexicons.updateCues().all(words, 0, Integer.MAX_VALUE).isEmpty();
        Comparator<DateMention> order = update
                ? Comparator.comparing((DateMention d) -> d.date()).reversed()
                : Comparator.comparingInt(d -> gap(d, numberStart));
        List<DateMention> days = dates.mentions().stream()
                .filter(d -> d.start() >= sentence.start() && d.end() <= sentence.end())
                .filter(DateMention::isResolvedDay)
                .filter(d -> !afterSince(text, d, sentence.start()) && !afterAStart(text, d))
                .filter(d -> d.end() <= ownEnd)
                .filter(d -> d.end() > numberStart
                        || !RisenTolls.inTheIncidentsClause(lexicons, words, Words.indexAt(words, d.start())))
                .toList();
        Optional<DateMention> stated = update ? Optional.empty() : days.stream()
                .filter(d -> d.end() <= numberStart && namesTheStatement(words, d, numberStart))
                .max(Comparator.comparingInt(DateMention::end));
        Optional<DateMention> day = stated.isPresent() ? stated : days.stream().min(order);
        if (day.isPresent()) {
            return day.get().date().toString();
        }
        if (dates.incidentStart() != null) {
            Optional<DateMention> nth = dates.mentions().stream()
                    .filter(d -> d.start() >= sentence.start() && d.end() <= sentence.end())
                    .filter(d -> d.dayOfIncident() != null)
                    .findFirst();
            if (nth.isPresent()) {
                return dates.incidentStart().plusDays(nth.get().dayOfIncident() - 1L).toString();
            }
        }
        if (PastStatements.toldBefore(lexicons, own)) {
            // "وكانت الوزارة قد أعلنت مقتل تسعة": some day before the report, which one it does not say; but what the
            // incident did, where the report names its day ("الضربة ... في التاسع من أغسطس الماضي"، then "وكانت الغارة
            // قد أسفرت عن مقتل 51"), is of that day
            boolean itsDay = ofTheIncident && dates.incidentStart() != null && dates.published() != null
                    && dates.incidentStart().isBefore(dates.published())
                    && PastStatements.resultToldBefore(lexicons, own);
            return itsDay ? dates.incidentStart().toString() : null;
        }
        return dates.published() == null ? null : dates.published().toString();
    }

    /** Words from a phrase of earlier-counts.txt to the number its clause gives. */
    private static final int EARLIER_COUNT_WORDS = 8;

    /**
     * The first word of the clause of a count told before that opens after the number ("اعتقال 35 شخصاً، بعد أن كانت قد
     * أعلنت الجمعة اعتقال 11"), or the sentence's end: what lies past it is that count's, its day and its past perfect.
     */
    private int laterEarlierCount(List<Word> words, int numberStart) {
        for (PhraseLexicon.Hit<Boolean> hit : lexicons.earlierCounts().all(words, 0, words.size())) {
            if (words.get(hit.from()).start() > numberStart) {
                return hit.from();
            }
        }
        return words.size();
    }

    /**
     * The last word of a phrase of earlier-counts.txt that opens the number's clause a few words before it, no comma
     * between, or -1.
     */
    private int earlierCountOpening(List<Word> words, int numberStart) {
        int number = Words.indexAt(words, numberStart);
        for (int k = number - 1; k >= 0 && k >= number - EARLIER_COUNT_WORDS; k--) {
            if (words.get(k).isPunct()) {
                return -1;
            }
            if (lexicons.earlierCounts().endsAt(words, k + 1, 3)) {
                return k;
            }
        }
        return -1;
    }

    /** Words after a day in which the "that" of the statement it dates may open ("أعلنت الشرطة، الخميس، أن"). */
    private static final int STATEMENT_REACH = 3;

    /**
     * Whether the day is the day of the statement whose "that" opens right after it, before the number ("أعلنت الشرطة،
     * الخميس، أن العدد الفعلي لقتلى التفجير ... يوم الاثنين هو 84"، "said on Thursday that"): the figures it states
     * are of that day, whatever day the statement names for the incident.
     */
    private boolean namesTheStatement(List<Word> words, DateMention d, int numberStart) {
        int seen = 0;
        for (int k = 0; k < words.size() && seen < STATEMENT_REACH; k++) {
            Word w = words.get(k);
            if (w.start() < d.end() || w.isPunct()) {
                continue;
            }
            if (w.start() >= numberStart) {
                return false;
            }
            if (lexicons.complementizers().startsAt(words, k)) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /**
     * Characters between a date and the number: from the date's end when it comes first ("نقلت مساء الثلاثاء عن مسؤول
     * مقتل 6، ثم أعلن الجيش يوم الأربعاء": Tuesday's, though Wednesday's first letter is nearer the 6).
     */
    private static int gap(DateMention d, int numberStart) {
        return d.end() <= numberStart ? numberStart - d.end() : Math.abs(d.start() - numberStart);
    }

    /** The earliest day near a start cue (بدأ، منذ، شن), else the earliest day in the month before the reference. */
    private LocalDate incidentStart(NormalizedText text, List<DateMention> mentions, LocalDate reference) {
        Optional<LocalDate> cued = mentions.stream().filter(DateMention::isResolvedDay)
                .filter(d -> nearStartCue(text, d))
                .map(DateMention::date).min(Comparator.naturalOrder());
        if (cued.isPresent() || reference == null) {
            return cued.orElse(null);
        }
        return mentions.stream().filter(DateMention::isResolvedDay).map(DateMention::date)
                .filter(d -> !d.isAfter(reference) && !d.isBefore(reference.minusDays(DAYS_BEFORE_REFERENCE)))
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private boolean nearStartCue(NormalizedText text, DateMention d) {
        List<Word> before = lastWords(text.text(), d.start(), START_CUE_WINDOW);
        return !lexicons.startCues().all(before, 0, before.size()).isEmpty();
    }

    /**
     * Whether "since" or "منذ" opens the phrase the date ends, within its clause and from {@code floor} on ("منذ بدء
     * حركة الاحتجاج في الأول من تشرين الأول"، "since the unrest began on Oct. 1"): the start of a period that runs to the
     * report's day, neither the day a count was made nor one the report speaks from.
     */
    private static boolean afterSince(NormalizedText text, DateMention d, int floor) {
        List<Word> before = lastWords(text.text(), d.start(), SINCE_WORDS);
        for (int k = before.size() - 1; k >= 0 && before.get(k).start() >= floor; k--) {
            Word w = before.get(k);
            if (w.isPunct()) {
                return false;
            }
            if (ScopeDetector.opensAPeriod(w)) {
                return true;
            }
        }
        return false;
    }

    /** Words before a date in which the beginning it dates may end ("التي بدأت في 27 آب"). */
    private static final int START_WORDS = 5;

    /**
     * Whether the date is when the operation a relative clause describes began ("خلال العملية التي بدأت في 27
     * آب/أغسطس الماضي", operation-starts.txt): the figures over it are not as of that day. Not a beginning the clause
     * itself tells ("وكان الهجوم بدأ ظهر الثلاثاء ١١ مارس عندما ... احتجزوا أكثر من 400 راكب": that day's).
     */
    private boolean afterAStart(NormalizedText text, DateMention d) {
        List<Word> before = lastWords(text.text(), d.start(), START_WORDS);
        for (int k = before.size(); k >= 1; k--) {
            for (int from = Math.max(1, k - 2); from < k; from++) {
                PhraseLexicon.Hit<Boolean> start = lexicons.operationStarts().at(before, from);
                if (start != null && start.to() == k && lexicons.relativePronouns().startsAt(before, from - 1)) {
                    return true;
                }
            }
            if (k < before.size() && before.get(k).isPunct()) {
                return false;
            }
        }
        return false;
    }

    private static List<Word> lastWords(String folded, int end, int n) {
        List<Word> words = Words.of(folded, Math.max(0, end - 80), end);
        return words.subList(Math.max(0, words.size() - n), words.size());
    }
}

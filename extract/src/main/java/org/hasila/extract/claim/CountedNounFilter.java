package org.hasila.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.text.NormalizedText;
import org.hasila.extract.number.QuantityMatch;
import org.hasila.extract.time.DateMention;

/**
 * Keeps the numbers of a sentence that may count people: not part of a date, not a year, and not
 * counting days, vehicles, nationalities, percentages or money (non-person-nouns.txt), right after the number or
 * after "of" (partitives.txt: "dozens of homes").
 */
final class CountedNounFilter {

    /** Words of the longest phrase of age or amount before a number ("youngest of whom was"). */
    private static final int MAX_AGE_LEAD = 4;
    /** The Arabic "of" between a number and what it counts ("مئات من ذوي الطلاب"). */
    private static final String ARABIC_OF = "من";
    /** Words that may describe an English noun between its number and it ("74 political violence events"). */
    private static final int MAX_DESCRIBING = 3;

    private final Lexicons lexicons;

    CountedNounFilter(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /**
     * @param text the document's text: its folded form drops quotation marks, which the original keeps (a number that
     *             ends a quoted name counts no one)
     */
    List<Candidate> candidates(SentenceView view, List<QuantityMatch> quantities, List<DateMention> dates,
                               NormalizedText text) {
        List<Word> words = view.words();
        List<Candidate> out = new ArrayList<>();
        // "ورد في تحديث سابق أن عدد القتلى بلغ 25، والصحيح أن المصدر تحدث عن 15": what the correction replaces
        List<PhraseLexicon.Hit<Boolean>> corrected = lexicons.corrections().all(words, 0, words.size());
        int correction = corrected.isEmpty() ? -1 : corrected.get(0).from();
        for (QuantityMatch q : quantities) {
            if (insideDate(q, dates) || Words.indexAt(words, q.numberStart()) < correction) {
                continue;
            }
            int first = Words.indexAt(words, q.start());
            int numberFirst = Words.indexAt(words, q.numberStart());
            int last = Math.max(first, Words.indexBefore(words, q.end()));
            if (first >= words.size()) {
                continue;
            }
            int noun = q.dual() ? numberFirst : last + 1;
            if (noun + 1 < words.size() && words.get(noun).text().equals("-")) {
                noun++; // "a 12-year-old boy"
            }
            if (!q.dual() && noun + 1 < words.size() && lexicons.partitives().startsAt(words, noun)) {
                noun++;
            }
            // "وأصيب أكثر من 100 يوم الجمعة": a day named after the number is when, not what it counts
            boolean dated = noun < words.size() && opensADate(words.get(noun), dates);
            if (!dated && noun < words.size() && lexicons.nonPerson().startsAt(words, noun)
                    || describedThing(words, noun)) {
                continue;
            }
            // "مئات من ذوي الطلاب"، "ثلاث من المقابر": the Arabic "of" before what is counted
            if (noun + 1 < words.size() && words.get(noun).text().equals(ARABIC_OF)
                    && lexicons.nonPerson().startsAt(words, noun + 1)) {
                continue;
            }
            // "3 قذائف على الأقل": a qualifier after the noun takes the noun into the quantity
            int afterNumber = Words.indexAt(words, q.numberEnd());
            if (!q.dual() && afterNumber < noun && lexicons.nonPerson().startsAt(words, afterNumber)) {
                continue;
            }
            if (numberFirst > 0 && lexicons.negations().startsAt(words, numberFirst - 1)) {
                continue; // "ثلاثة جرحى وليس اثنين": the number denied
            }
            if (ageOfAName(words, numberFirst, last, lexicons) || ageBefore(words, numberFirst) || numberFirst >= 2 && lexicons.connectors().startsAt(words, numberFirst - 1)
                    && ageBefore(words, numberFirst - 2)) {
                continue; // "the youngest of whom was 22", "two children aged 7 and 11": an age
            }
            if (countsSpeakers(words, first, last)) {
                continue; // "وقال ثلاثة شهود إن"، "Two of the survivors said": who speak
            }
            if (lexicons.amountLeads().endsAt(words, first, MAX_AGE_LEAD)) {
                continue; // "تعويض قدره 100 ألف أفغاني لأسرة كل قتيل": an amount
            }
            if (looksLikeYear(q, words, last)) {
                continue;
            }
            if (endsAQuotedName(text, words, first, last)) {
                continue; // "لـ\"دير الزور 24\"": the number ends a quoted name (an outlet's, a channel's)
            }
            // "Pavilion 5", "المهجع رقم 4", "اللواء 105": a number that labels the thing named before it
            if (numberFirst > 0 && lexicons.labelNouns().startsAt(words, numberFirst - 1)
                    || labelledThroughItsKind(words, numberFirst, noun)) {
                continue;
            }
            if (namesAUnit(text, words, last)) {
                continue; // "the 444 Brigade": an English unit's name, its number before its capitalised noun
            }
            // "خلال الساعات الـ24 الماضية": a definite number after the thing it counts; "الموجة الـ14": or the thing
            // it ranks
            int described = Words.nounOfDefinite(words, numberFirst, q.quantity().text());
            if (described >= 0 && (lexicons.nonPerson().startsAt(words, described)
                    || lexicons.labelNouns().startsAt(words, described))) {
                continue;
            }
            out.add(new Candidate(q, first, last));
        }
        return out;
    }

    /**
     * "بلواء المشاة 45"، "الفوج 12": a unit's number (unit-nouns.txt), after its noun or the kind of unit it names, and
     * before no noun of people ("من الفرقة 12 جندياً" counts twelve).
     */
    private boolean labelledThroughItsKind(List<Word> words, int numberFirst, int noun) {
        if (noun < words.size() && lexicons.groups().at(words, noun) != null) {
            return false;
        }
        return numberFirst > 0 && lexicons.unitNouns().startsAt(words, numberFirst - 1)
                || numberFirst > 1 && words.get(numberFirst - 1).text().startsWith("ال")
                        && lexicons.unitNouns().startsAt(words, numberFirst - 2);
    }

    /** Whether a date mention begins at the word ("يوم الجمعة" after a number). */
    private static boolean opensADate(Word word, List<DateMention> dates) {
        for (DateMention d : dates) {
            if (d.start() == word.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideDate(QuantityMatch q, List<DateMention> dates) {
        for (DateMention d : dates) {
            if (q.numberStart() < d.end() && d.start() < q.numberEnd()) {
                return true;
            }
        }
        return false;
    }

    /** A bare 19xx/20xx not followed by a word naming people. */
    private boolean looksLikeYear(QuantityMatch q, List<Word> words, int last) {
        long n = q.quantity().low();
        Long high = q.quantity().high();
        // "between 2019 and 2023": a span of two years
        boolean years = high != null && high > n && high >= 1900 && high <= 2100;
        if (q.quantity().qualifier() != Qualifier.EXACT && !years || n < 1900 || n > 2100) {
            return false;
        }
        // "A bombing in 2019 killed 21 people", "في عام 2019 قتل": after a word of when, a year whatever follows
        int before = Words.indexAt(words, q.numberStart()) - 1;
        if (before >= 0 && lexicons.yearLeads().startsAt(words, before)) {
            return true;
        }
        int next = last + 1;
        return next >= words.size()
                || lexicons.groups().at(words, next) == null && lexicons.kinds().at(words, next) == null;
    }

    /** Whether a capitalised English label noun follows the number ("the 444 Brigade", "the 101 Battalion"). */
    private boolean namesAUnit(NormalizedText text, List<Word> words, int last) {
        int next = last + 1;
        if (next >= words.size() || !words.get(next).latin() || !lexicons.labelNouns().startsAt(words, next)) {
            return false;
        }
        return Character.isUpperCase(text.original().charAt(text.originalStart(words.get(next).start())));
    }

    /** Words of a quoted name before its number ("دير الزور 24"). */
    private static final int MAX_QUOTED_NAME = 3;

    /**
     * "لـ\"دير الزور 24\""، "قناة «الشرق 24»": the number closes a quoted name of a few words (an outlet's, a
     * channel's), unless the quote tells a count ("أسفر عن \"مقتل 12\" شخصاً"). Read in the original text, where the
     * quotation marks are.
     */
    private boolean endsAQuotedName(NormalizedText text, List<Word> words, int quantity, int last) {
        // from the quantity's first word, its qualifier's if it has one: "\"أكثر من 40\"" is a quoted count
        if (!QuotedNames.closesAt(text, words.get(last).end())) {
            return false;
        }
        int first = Math.max(0, quantity - MAX_QUOTED_NAME);
        int quote = QuotedNames.lastOpening(text, words.get(first).start(), words.get(quantity).start());
        int named = first;
        while (named < quantity && text.originalStart(words.get(named).start()) < quote) {
            named++;
        }
        return quote >= 0 && named < quantity && lexicons.kinds().all(words, named, quantity).isEmpty();
    }

    /** The oldest age "Terna Iorver, 52, said" may give. */
    private static final int MAX_AGE = 120;

    /**
     * "A resident of Agasha, Terna Iorver, 52, said": in English a number of digits alone between commas, after a
     * word and before one, is the age of whom it follows.
     */
    private static boolean ageOfAName(List<Word> words, int number, int last, Lexicons lexicons) {
        if (number < 2 || last + 2 >= words.size() || number != last || !words.get(number).isDigits()
                || words.get(number).text().length() > 3 || Integer.parseInt(words.get(number).text()) > MAX_AGE) {
            return false;
        }
        return words.get(number - 1).text().equals(",") && words.get(number - 2).latin()
                && words.get(last + 1).text().equals(",") && lexicons.ageFollowers().startsAt(words, last + 2);
    }

    /** Words an English number's speakers may take before their verb: "of", "them" or "the", then the noun's. */
    private static final int MAX_SPEAKER_WORDS = 4;
    private static final Set<String> SPEAKERS_OF = Set.of("of", "them", "the", "those", "these");

    /**
     * A number that counts who speak (speaking-verbs.txt): in Arabic right after the verb ("وقال ثلاثة شهود إن"), in
     * English right before it, past "of them" or "of the" and a word or two that are no word of a kind ("Two of the
     * survivors said", "One of them told Reuters", "three local officials said").
     */
    private boolean countsSpeakers(List<Word> words, int first, int last) {
        if (first > 0 && !words.get(first - 1).latin() && lexicons.speakingVerbs().startsAt(words, first - 1)) {
            return true;
        }
        int nouns = 0;
        for (int k = last + 1; k < words.size() && k <= last + MAX_SPEAKER_WORDS; k++) {
            Word word = words.get(k);
            if (!word.latin()) {
                return false;
            }
            if (lexicons.speakingVerbs().startsAt(words, k)) {
                return true;
            }
            if (SPEAKERS_OF.contains(word.text())) {
                continue;
            }
            PhraseLexicon.Hit<KindCue> cue = lexicons.kinds().at(words, k);
            if (++nouns > 2 || cue != null && cue.value().kind() != null) {
                return false; // "two wounded men told": who were wounded, a count
            }
        }
        return false;
    }

    /** Whether a phrase of age (age-leads.txt) ends right before word {@code number}. */
    private boolean ageBefore(List<Word> words, int number) {
        return lexicons.ageLeads().endsAt(words, number, MAX_AGE_LEAD);
    }

    /**
     * "74 political violence events": an English noun that is no person after a few words that describe it, with no
     * word of a group before it; a hyphen inside a name is no word of its own ("two Iskander-M missiles").
     */
    private boolean describedThing(List<Word> words, int noun) {
        int described = 0;
        for (int k = noun; k < words.size() && described < MAX_DESCRIBING; k++) {
            if (k > noun && words.get(k).text().equals("-")) {
                continue;
            }
            if (!words.get(k).latin() || lexicons.groups().at(words, k) != null || lexicons.kinds().at(words, k) != null) {
                return false;
            }
            if (k > noun && lexicons.nonPerson().startsAt(words, k)) {
                return true;
            }
            described++;
        }
        return false;
    }
}

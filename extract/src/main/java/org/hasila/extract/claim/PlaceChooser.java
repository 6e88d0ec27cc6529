package org.hasila.extract.claim;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.hasila.core.text.NormalizedText;
import org.hasila.extract.entity.EntityMatch;

/**
 * The place a figure's sentence names: the facility or place nearest to the figure, or {@code null} when the
 * sentence names none (reconciliation then uses the document's main place). A place after a word of direction
 * ("قضاء صور جنوبي لبنان") is the wider one, taken only when the sentence names no other (place-directions.txt);
 * a place named incidentally (a dateline, where people went or were treated, a point of reference: {@link #incidental})
 * or one naming an office ("قائد عمليات نينوى") is never the figure's (place-offices.txt). A dateline ("صنعاء - قالت ...",
 * "الخرطوم (رويترز) -") says where the story was filed, not where it happened, so it is never a figure's place.
 */
final class PlaceChooser {

    private static final String FACILITY = "facility";
    private static final String PLACE = "place";
    /**
     * After a dateline's city: an optional English date (", Feb 3", ", July 23, 2025") or country before the bracket
     * (", United Arab Emirates (AP)") or before the date (", Pakistan, March 5 (Reuters)"), a bracketed agency or date,
     * or a bracketed country then the agency ("بونيا (جمهورية الكونغو الديموقراطية) (أ ف ب) -"), then a dash, colon or
     * slash ("واغادوغو/ الأناضول").
     */
    private static final Pattern DATELINE_TAIL =
            Pattern.compile("(,\\s*\\p{L}{3,9}\\.?\\s+\\d{1,2}(,\\s*\\d{4})?|,\\s*\\p{L}+( \\p{L}+){0,3}(?=\\s*\\()"
                    + "|,\\s*\\p{L}+( \\p{L}+){0,3},\\s*\\p{L}{3,9}\\.?\\s+\\d{1,2}(,\\s*\\d{4})?)?"
                    + "\\s*(\\([^)\\n]{0,40}\\)\\s*){0,2}[-–—:/]");

    /**
     * After a dateline's city, a date in words and digits, then a dash: "بورتسودان 3 نوفمبر 2025 –"; its country and
     * its agency in brackets around the date ("بيشاور (باكستان) 12 ديسمبر كانون الأول (رويترز) -").
     */
    private static final Pattern DATED_DATELINE =
            Pattern.compile("[ \\t]+(?=[^\\n،,.]{0,30}\\d)[\\p{L}\\p{N}/() \\t]{1,50}?[ \\t]*[-–—][ \\t]");

    /** An outlet of up to three words and a dash at a line's start, before a dateline's city ("وطنية - بنت جبيل -"). */
    private static final Pattern AGENCY_BEFORE = Pattern.compile("\\s*\\p{L}{2,15}(\\s+\\p{L}{2,15}){0,2}\\s+[-–—]\\s+");

    /**
     * A wire dateline's city and its comma at a line's start, before the country ("DUBAI, United Arab Emirates (AP) —"),
     * as folded (in lower case).
     */
    private static final Pattern CITY_BEFORE_COUNTRY = Pattern.compile("\\s*[a-z]{2,}([ .'-]+[a-z]{2,})*,\\s*");

    /**
     * After the first line's place, a colon and a line of three words or more with no closing stop: a title naming its
     * topic ("عين الحلوة: هدوء حذر بعد اشتباكات خلفت 11 قتيلاً"), not a dateline; a byline ("بغداد: فاضل النشمي")
     * is shorter, a body's first sentence ("بغداد: أعلنت الشرطة ... .") ends with a stop.
     */
    private static final Pattern TITLE_TOPIC =
            Pattern.compile("[ \\t]*:[ \\t]*[^\\s.!?؟]+([ \\t]+[^\\s.!?؟]+){2,}[ \\t]*(\\n|$)");

    /** A wire story's credit line, as folded (in lower case): "(Reporting by ... in Paris; Editing by ...)". */
    private static final Pattern CREDIT_LINE =
            Pattern.compile("\\s*\\(?\\s*(additional\\s+)?(reporting|writing|editing|compiled)\\s+by\\b");

    /** The end of a line right after the city: "إندبندنت عربية - مقديشو" on a line of its own. */
    private static final Pattern LINE_END = Pattern.compile("[ \\t]*(\\n|$)");

    private final String folded;
    private final Lexicons lexicons;
    /** Whether a place stands in no other (a country): a figure's place only where its sentence names none narrower. */
    private final Predicate<String> topLevel;

    PlaceChooser(String folded, Lexicons lexicons, Predicate<String> topLevel) {
        this.folded = folded;
        this.lexicons = lexicons;
        this.topLevel = topLevel;
    }

    /**
     * @param incidental the document's places named incidentally ({@link #incidental}), read once a sentence
     * @param inSource   whether a name lies in the words of the figure's source or is its seat ("وزارة الصحة في
     *                   صنعاء"): the figure's place only where the sentence names no other
     */
    String place(List<EntityMatch> entities, SentenceView view, int numberStart, Set<EntityMatch> incidental,
                 Predicate<EntityMatch> inSource) {
        Sentence sentence = view.sentence();
        List<EntityMatch> places = entities.stream()
                .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end())
                .filter(m -> isPlace(m.entity().type()))
                .toList();
        return places.stream()
                .filter(m -> !incidental.contains(m) && !after(lexicons.placeOffices(), view, m))
                // where the speaker sits only where the sentence names no other place
                .min(Comparator.comparing((EntityMatch m) -> inSource.test(m))
                        .thenComparing((EntityMatch m) -> afterDirection(view, m))
                        // "أما في باكستان، فقد قتل عشرة شرطيين ... في ديرة إسماعيل خان": the country is no place of it
                        .thenComparing((EntityMatch m) -> topLevel.test(m.entity().id()))
                        .thenComparingInt((EntityMatch m) -> Math.abs(m.start() - numberStart))
                        .thenComparing(m -> FACILITY.equals(m.entity().type()) ? 0 : 1))
                .filter(m -> !inAList(view, places, m))
                .map(m -> m.entity().id())
                .orElse(null);
    }

    /**
     * Whether the place is an item of a list of places ("في قرى وبلدات بمحافظتي اللاذقية وطرطوس وريف حماة"): a count
     * over several places is none of theirs (its report's own place stands for it), not the nearest item's.
     */
    private boolean inAList(SentenceView view, List<EntityMatch> places, EntityMatch m) {
        int at = places.indexOf(m);
        return at > 0 && listed(view, places.get(at - 1), m, false)
                || at + 1 < places.size() && listed(view, m, places.get(at + 1), false);
    }

    /**
     * Whether the two places are items of one list: "و" or "and" joins them, glued to the next name or not, a comma
     * before it or not, and a noun of place at most after it ("وطرطوس وريف حماة"، "and the West Bank"; not an
     * apposition: "الفاشر، عاصمة ولاية شمال دارفور"، "حي الزيتون وسط مدينة غزة"); {@code pastAName}: or past one item
     * between them that no list knows ("ونانغادي ومويدا ومونتيبويز").
     */
    boolean listed(SentenceView view, EntityMatch first, EntityMatch next, boolean pastAName) {
        Sentence sentence = view.sentence();
        if (first.entity().id().equals(next.entity().id()) || first.end() > next.start()
                || !isPlace(first.entity().type()) || !isPlace(next.entity().type())
                || first.start() < sentence.start() || next.end() > sentence.end()) {
            return false;
        }
        List<Word> words = view.words();
        int start = Words.indexAt(words, first.end());
        int end = Words.indexAt(words, next.start());
        if (joinEnd(words, start, end, next) == end) {
            return true;
        }
        if (!pastAName) {
            return false;
        }
        // one item no list knows, its "و" glued to it or standing alone ("ومويدا"، "و مويدا"), then the join to next
        int item = start;
        if (item < end && words.get(item).isPunct() && !words.get(item).text().equals(".")) {
            item++;
        }
        if (item < end && words.get(item).text().equals("و")) {
            item++;
        } else if (item >= end || !words.get(item).text().startsWith("و")) {
            return false;
        }
        return item < end && joinEnd(words, item + 1, end, next) == end;
    }

    /**
     * Where a join of two places that begins at word {@code k} ends, before the next name at word {@code end}: past a
     * comma, "و" or "and", an English article and a noun of place; {@code end} also where "و" is glued to the next
     * name itself ("وطرطوس"); -1 where no join stands there.
     */
    private int joinEnd(List<Word> words, int k, int end, EntityMatch next) {
        if (k < end && words.get(k).isPunct() && !words.get(k).text().equals(".")) {
            k++;
        }
        if (k >= end) {
            return k == end && end < words.size() && next.start() == words.get(end).start() + 1
                    && folded.charAt(words.get(end).start()) == 'و' ? end : -1;
        }
        String and = words.get(k).text();
        if (and.equals("و") || and.equals("and")) {
            k++;
        } else if (!and.startsWith("و") || lexicons.placeNouns().at(words, k) == null) {
            return -1; // "وريف حماة": the conjunction glued to a noun of place
        }
        if (k < end && Words.ENGLISH_ARTICLES.contains(words.get(k).text())) {
            k++;
        }
        if (k < end && lexicons.placeNouns().at(words, k) != null) {
            k = lexicons.placeNouns().at(words, k).to();
        }
        return k >= end ? end : -1;
    }

    /** Words after a noun of treatment within which a place is where the wounded were taken. */
    private static final int HOSPITAL_WORDS = 5;
    /** Words after a word of distance within which a place is a point of reference ("كيلومتراً غرب مدينة الأبيض"). */
    private static final int REFERENCE_WORDS = 3;

    /**
     * Whether the sentence names a place only incidentally: as the dateline ("بغداد - واع"), where people went ("باتجاه
     * مدينة صيدا"), where people named are staying or come from ("الموجود في نيروبي"، "جميعهم من إقليم البنجاب": place-persons.txt), where the dead were mourned ("شيع الآلاف في مدينة باراتشينار"), a hospital's own name or where the wounded were taken ("إلى مستشفى ليدي ريدنغ في بيشاور"), or a
     * point of reference ("على بعد 35 كيلومتراً غرب مدينة الأبيض"). Such a place is never where it happened. An office
     * ("قائد عمليات سامراء") is no figure's place, but names the area the story is in: it is not incidental.
     */
    boolean incidental(SentenceView view, EntityMatch m) {
        if (!isPlace(m.entity().type()) || m.start() < view.sentence().start() || m.end() > view.sentence().end()) {
            return false;
        }
        if (isDateline(m) || inCreditLine(m)) {
            return true;
        }
        if (after(lexicons.placeOffices(), view, m)) {
            return false; // "والي شمال كردفان": not و + إلى
        }
        if (after(lexicons.placeDestinations(), view, m) || after(lexicons.placeHospitals(), view, m)
                || after(lexicons.placePersons(), view, m) || seat(view, m) || speaks(view, m)) {
            return true; // "رئيس الوزراء الموجود في العاصمة الكينية نيروبي": where someone is staying or comes from
        }
        List<Word> words = view.words();
        int word = Words.indexAt(words, m.start());
        Word before = word > 0 ? words.get(word - 1) : null;
        if (referencedByDirection(view, word) || before != null && before.isDigits() && !before.isYear()) {
            return true; // "بينهم 30 بريطانيا"، "17 كولومبيا": a country a number counts is who they are, not where
        }
        // "شيع الآلاف في مدينة باراتشينار ضحايا الهجوم": where the dead were mourned
        if (!lexicons.placeGatherings().all(words, Math.max(0, word - GATHERING_WORDS), word).isEmpty()) {
            return true;
        }
        for (int k = word - 1; k >= 0 && k >= word - HOSPITAL_WORDS; k--) {
            if (k >= word - REFERENCE_WORDS && lexicons.placeReferences().at(words, k) != null) {
                return true;
            }
            // "to a hospital in Peshawar": a hospital people were taken to; "treated at the Combined Military Hospital
            // in Quetta": one they are cared for in
            if (lexicons.placeHospitals().at(words, k) != null) {
                return k > 0 && (lexicons.placeDestinations().at(words, k - 1) != null
                        || k > 1 && lexicons.placeDestinations().at(words, k - 2) != null)
                        || !lexicons.placeTreatments().all(words, Math.max(0, k - TREATMENT_WORDS), k).isEmpty();
            }
            if (view.boundary()[k]) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether the place is where a party named is based ("منظمة حقوق الإنسان في إيران، ومقرها أوسلو"): incidental, and
     * no place of the document's either (place-seats.txt).
     */
    boolean seat(SentenceView view, EntityMatch m) {
        return isPlace(m.entity().type()) && m.start() >= view.sentence().start() && m.end() <= view.sentence().end()
                && after(lexicons.placeSeats(), view, m);
    }

    /**
     * "في منطقة الحديد بناحية أبي صيدا شمال شرقي بعقوبة"، "ربيئة عسكرية شمال شرقي بعقوبة": a place after a bearing of
     * two words, or after words of direction that follow another name, is a point of reference; after a preposition ("في شمال إدلب"، "بشمال") it is where the figure happened. The sentence's
     * first words have nothing before them to refer from.
     */
    private boolean referencedByDirection(SentenceView view, int word) {
        List<Word> words = view.words();
        int k = word - 1;
        if (k > 0 && lexicons.placeNouns().at(words, k) != null) {
            k--;
        }
        if (k < 1 || lexicons.placeDirections().at(words, k) == null) {
            return false;
        }
        int last = k;
        while (k > 1 && lexicons.placeDirections().at(words, k - 1) != null) {
            k--;
        }
        String first = words.get(k).text();
        if (first.startsWith("ب") || first.startsWith("وب") || first.startsWith("فب") || view.boundary()[k]) {
            return false;
        }
        if (words.get(last).text().startsWith("ال")) {
            return false; // "عند المدخل الشمالي لمدينة البوكمال": an adjective of the noun before it, no bearing
        }
        Word before = words.get(k - 1);
        if (before.isPunct() || lexicons.placePrepositions().at(words, k - 1) != null) {
            return false;
        }
        if (k < last) {
            return true; // "ربيئة عسكرية شمال شرقي بعقوبة": a bearing of two words measures from the place
        }
        // the name a direction refers from follows its noun of place ("بناحية أبي صيدا شمال شرقي بعقوبة"، "قرية أم صميمة
        // غرب الأبيض"); after other words a direction places ("أحياء جنوب الخرطوم")
        for (int j = k - 1; j >= Math.max(0, k - NAME_WORDS - 1); j--) {
            if (view.boundary()[j]) {
                return false;
            }
            if (j < k - 1 && lexicons.placeNouns().at(words, j) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a place's name opens a quoted name that a number closes, or is a quoted name of its own: an outlet's or a
     * channel's ("لـ\"دير الزور 24\""، «حلب اليوم 24»، «اليمن»), which names no place of the story. Read in the
     * original text, where the quotation marks are.
     */
    static boolean namesAnOutlet(NormalizedText text, EntityMatch m) {
        return QuotedNames.opensANameANumberCloses(text, m.start(), m.end())
                || QuotedNames.enclosesWhole(text, m.start(), m.end()); // "صحيفتي «26 سبتمبر» و«اليمن»"
    }

    /**
     * Whether the place's name is the subject of a verb of saying right before it ("وأضاف الخليل أن ..."، "وقالت دمشق"),
     * or, opening its clause, right after it ("أنقرة تعلن تحييد 32 مسلحاً"): a surname that spells a place, or a capital
     * for its government, never where the figure happened (place-speakers.txt). A noun of place between them ("قال
     * مدينة") is no such subject, nor is a place a preposition governs ("في حلب قال مسؤول").
     */
    private boolean speaks(SentenceView view, EntityMatch m) {
        List<Word> words = view.words();
        int word = Words.indexAt(words, m.start());
        if (word > 0 && lexicons.placeSpeakers().endsAt(words, word, 1)) {
            return true;
        }
        int next = Words.indexAt(words, m.end());
        return view.clauseStart(word) == word && words.get(word).start() == m.start() && next < words.size()
                && words.get(next).start() >= m.end() && lexicons.placeSpeakers().startsAt(words, next);
    }

    /** Words between a word of gathering and the place it names ("شيع الآلاف في مدينة باراتشينار"). */
    private static final int GATHERING_WORDS = 4;

    /** Words between a word of care and the hospital it names ("treated at the Combined Military Hospital"). */
    private static final int TREATMENT_WORDS = 5;

    /** Words of the longest phrase before a place in the place lexicons ("on its way from"). */
    private static final int MAX_PHRASE_WORDS = 3;

    /** Words of a name between its noun of place and a direction after it. */
    private static final int NAME_WORDS = 3;

    /**
     * True when a word of direction places the place within a wider one ("قضاء صور جنوبي لبنان"), not when it is an
     * adjective of the noun before it ("عند المدخل الشمالي لمدينة البوكمال": the city's northern entrance).
     */
    private boolean afterDirection(SentenceView view, EntityMatch m) {
        if (!after(lexicons.placeDirections(), view, m)) {
            return false;
        }
        List<Word> words = view.words();
        int word = Words.indexAt(words, m.start());
        if (word > 1 && lexicons.placeNouns().at(words, word - 1) != null) {
            word--;
        }
        return word < 1 || !words.get(word - 1).text().startsWith("ال");
    }

    /** True when a word of the lexicon stands right before the place's name, or before a noun of place (مدينة) before it. */
    private boolean after(PhraseLexicon<Boolean> lexicon, SentenceView view, EntityMatch m) {
        List<Word> words = view.words();
        int word = Words.indexAt(words, m.start());
        if (word > 2 && words.get(word - 1).text().equals("of") && lexicons.placeNouns().at(words, word - 2) != null) {
            // "fled to the town of Niono": the English noun of place, its "of" and its article
            word -= 2;
            if (word > 1 && Words.ENGLISH_ARTICLES.contains(words.get(word - 1).text())) {
                word--;
            }
        } else if (word > 1 && lexicons.placeNouns().at(words, word - 1) != null) {
            word--;
        }
        // a phrase of the lexicon that ends right before it ("باتجاه"، "في طريقه من")
        return lexicon.endsAt(words, word, MAX_PHRASE_WORDS);
    }


    /** Whether the place is in a wire story's credit line ("(Reporting by John Irish in Paris; Editing by ...)"). */
    private boolean inCreditLine(EntityMatch m) {
        int lineStart = folded.lastIndexOf('\n', m.start() - 1) + 1;
        return CREDIT_LINE.matcher(folded).region(lineStart, m.start()).lookingAt();
    }

    private boolean isDateline(EntityMatch m) {
        int lineStart = folded.lastIndexOf('\n', m.start() - 1) + 1;
        String before = folded.substring(lineStart, m.start());
        if (lineStart == 0 && before.isBlank()
                && TITLE_TOPIC.matcher(folded).region(m.end(), folded.length()).lookingAt()) {
            return false; // a title's topic ("عين الحلوة: هدوء حذر بعد اشتباكات"): where the story is, not filed from
        }
        // "DUBAI, United Arab Emirates (AP) —": the country after a wire dateline's city
        if (CITY_BEFORE_COUNTRY.matcher(before).matches()) {
            return DATELINE_TAIL.matcher(folded).region(m.end(), folded.length()).lookingAt();
        }
        // "وطنية - بنت جبيل - شن الطيران": an agency's word and a dash before the city
        if (!before.isBlank() && !AGENCY_BEFORE.matcher(before).matches()) {
            return false;
        }
        return DATELINE_TAIL.matcher(folded).region(m.end(), folded.length()).lookingAt()
                || DATED_DATELINE.matcher(folded).region(m.end(), folded.length()).lookingAt()
                || !before.isBlank() && LINE_END.matcher(folded).region(m.end(), folded.length()).lookingAt();
    }

    private static boolean isPlace(String type) {
        return FACILITY.equals(type) || PLACE.equals(type);
    }
}

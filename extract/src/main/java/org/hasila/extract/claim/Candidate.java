package org.hasila.extract.claim;

import java.util.List;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.extract.number.QuantityMatch;

/**
 * A number of a sentence that may count people, with what the grammar has decided about it so far.
 * {@code first} and {@code last} are the indexes of its first and last word in the sentence.
 */
final class Candidate {

    final QuantityMatch quantity;
    final int first;
    final int last;
    Kind kind;
    /** How far its own kind cue is, in words plus clause penalties; 0 when it has none. */
    int kindDistance;
    /** Its nearest cue says it counts nothing of the vocabulary (الإفراج عن، مفقودين): no list or total gives it a kind. */
    boolean countsNothing;
    /** Counts who are still so of a total given before ("لا يزال 27 منهم طلقاء"): a part of it. */
    boolean remainder;
    /** A figure of an item of a list whose lead said what it counts ("- الخليل: 14 مواطناً"): a part of the total before it. */
    boolean listed;
    Group group;
    /** Joined to the candidate before it by a list connector (و، إضافة إلى). */
    boolean connected;
    /** The next value of a rise told as a list ("إلى 93 و115"): no part of one, and of the rise's kind. */
    boolean risenAgain;
    /** A value a toll rose to before the next it rose to in its sentence ("إلى 60 ثم إلى 93"): of an earlier time. */
    boolean overtaken;
    /** Marked as a part of a total (منهم، بينهم). */
    boolean subset;
    /** A word of "among them" stands right before it ("ومن بينهم 12"، "included 460"), whatever its total. */
    boolean afterAPartWord;
    /**
     * The number a toll rose to, its kind the toll's told words before ("ارتفع عدد القتلى ...، إلى 12"): the index of the
     * toll's cue word, or -1.
     */
    int toll = -1;
    /** Index (in the sentence's candidates) of the total it is a part of, or -1. */
    int total = -1;
    /** Counts nothing for its noun of status alone ("23 hostages"): a death or wound its list tells may befall them. */
    boolean ofStatus;
    /** Index of the candidate whose people it counts others of ("قتل 25 ... وأصيب 18 آخرون"), or -1. */
    int othersOf = -1;

    Candidate(QuantityMatch quantity, int first, int last) {
        this.quantity = quantity;
        this.first = first;
        this.last = last;
    }

    /**
     * Whether its first word carries a و before the number itself ("وأكثر من 130"، "ونحو 130"، "و11"), and "وأحد عشر",
     * which folded reads as واحد (one) but written shows by its hamza that the و is "and".
     */
    boolean opensWithGluedAnd(List<Word> words) {
        Word word = words.get(first);
        String written = quantity.quantity().text();
        return word.text().startsWith("و") && (quantity.numberStart() > word.start()
                || written.startsWith("وأ") || written.startsWith("وإ"));
    }

    /**
     * The word before a number that follows its noun: a definite one ("المهاجمين الستة"، "المسلحين الـ33") or two
     * ("عسكريين اثنين"); -1 when the number does not describe a noun.
     */
    int describedNoun(List<Word> words) {
        String number = quantity.quantity().text();
        int numberFirst = Words.indexAt(words, quantity.numberStart());
        int noun = Words.nounOfDefinite(words, numberFirst, number);
        return noun < 0 && quantity.quantity().low() == 2 && number.startsWith("اثن") ? numberFirst - 1 : noun;
    }

    /**
     * The index of the last word of the number itself: a qualifier after the counted noun ("12 شخصاً على الأقل") is not
     * read.
     */
    int numberLast(List<Word> words) {
        int lastWord = Words.indexAt(words, Math.max(0, quantity.numberEnd() - 1));
        return Math.min(Math.max(lastWord, first), last);
    }
}

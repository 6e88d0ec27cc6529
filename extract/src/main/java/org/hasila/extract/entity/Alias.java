package org.hasila.extract.entity;

import java.util.List;
import org.hasila.core.entity.Entity;

/**
 * One written form of an entity, as the matcher sees it.
 *
 * @param entity        the entity it names
 * @param order         the entity's position in the gazetteer; on a tie the later entry (a user's) wins
 * @param cores         each word without its article, folded
 * @param firstDefinite whether the first word carries the article: a one-word alias matches only a
 *                      word that agrees, so that "مرصد" (an observatory) is not المرصد and the adjective
 *                      السورية is not the country سورية
 * @param exactCase     per word, the upper-case form the original must show (acronyms such as WHO, AP),
 *                      or null when case does not matter
 * @param capitalised   per word, whether the original must start with a capital: a Latin name written so (Hit,
 *                      Sidon) is not the common word it spells ("hit-and-run attacks")
 * @param lastDefinite  whether the last word of a name of several words carries the article: the same word without
 *                      it and with another word after it opens a name of its own in construct ("منطقة باب توما" is
 *                      not منطقة الباب, al-Bab)
 */
record Alias(Entity entity, int order, List<String> cores, boolean firstDefinite, List<String> exactCase,
        List<Boolean> capitalised, boolean lastDefinite) {

    int size() {
        return cores.size();
    }

    /**
     * Whether word {@code k} may match with a typo: never for short words, which a single edit
     * turns into common words, nor for a name of one word in Latin letters; four-letter words only inside names of
     * three or more words, where the other words vouch for the match.
     */
    boolean allowsTypo(int k) {
        if (exactCase.get(k) != null) {
            return false;
        }
        int length = cores.get(k).length();
        if (size() == 1) {
            // English words are one edit from too many others ("Inates" and "inmates"); wire copy spells names well
            return length >= 6 && !cores.get(k).chars().allMatch(c -> c < 0x80);
        }
        return length >= 5 || (length == 4 && size() >= 3);
    }

    /**
     * Whether word {@code k} may match with one letter changed rather than one left out or added: a name of one word
     * only from {@value #MIN_CHANGED} letters. Spellings of one name differ by a long vowel written or not
     * ("بشاور" and "بيشاور"); a six-letter name with another consonant is as often another name ("كامارا", a family
     * name of Guinea, and "كاجارا", a Nigerian town), which no other word of the name vouches against.
     */
    boolean allowsChange(int k) {
        return size() > 1 || cores.get(k).length() >= MIN_CHANGED;
    }

    /** The fewest letters of a one-word name that may match with one letter changed. */
    static final int MIN_CHANGED = 7;
}

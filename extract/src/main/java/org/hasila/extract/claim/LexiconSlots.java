package org.hasila.extract.claim;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.hasila.core.text.WordMemo;

/**
 * What each phrase lexicon found a word of text can start, kept for the words seen in one place for all lexicons:
 * a sentence's word is asked about by a dozen lexicons, and one memo per lexicon had cost a lookup in each (a fifth
 * of the extraction, most of it waiting on memory). Each lexicon file has a slot; the same file gives the same
 * entries in the same order whichever extractor loaded it, so the slots and the memo are shared by every extractor
 * and every thread (a slot is filled at most a few times over, always with the same value).
 */
final class LexiconSlots {

    private static final Map<String, Integer> SLOTS = new HashMap<>();
    private static volatile int count;
    private static final WordMemo<AtomicReferenceArray<int[]>> BY_WORD =
            new WordMemo<>(50_000, word -> new AtomicReferenceArray<>(count));

    private LexiconSlots() {
    }

    /** The slot of a lexicon file, the same for every load of it. */
    static synchronized int of(String resource) {
        Integer slot = SLOTS.get(resource);
        if (slot == null) {
            slot = SLOTS.size();
            SLOTS.put(resource, slot);
            count = SLOTS.size();
        }
        return slot;
    }

    /** The slots of a word's text: one lookup, then one per lexicon asked. */
    static AtomicReferenceArray<int[]> of(Word word) {
        return BY_WORD.get(word.text());
    }
}

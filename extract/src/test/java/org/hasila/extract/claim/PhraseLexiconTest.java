package org.hasila.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.hasila.core.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class PhraseLexiconTest {

    private static final String ONE = "/org/hasila/extract/claim/test-one-word.tsv";
    private static final String TWO = "/org/hasila/extract/claim/test-two-words.tsv";

    private static List<Word> words(String text) {
        String folded = TextNormalizer.forMatching().fold(text);
        return Words.of(folded, 0, folded.length());
    }

    @Test
    void theLongestPhraseStartingAtAWordWins() {
        PhraseLexicon<String> lexicon = PhraseLexicon.load(TWO, row -> row[1]);
        List<Word> words = words("قتل عناصر من الشرطة");
        PhraseLexicon.Hit<String> hit = lexicon.at(words, 0);
        assertEquals("phrase", hit.value());
        assertEquals(2, hit.to());
        assertEquals("verb", lexicon.at(words("قتل مدنيين"), 0).value());
        assertNull(lexicon.at(words, 1));
    }

    @Test
    void eachLexiconFileKeepsItsOwnEntriesOnTheSameWords() {
        PhraseLexicon<String> one = PhraseLexicon.load(ONE, row -> row[1]);
        PhraseLexicon<String> two = PhraseLexicon.load(TWO, row -> row[1]);
        List<Word> words = words("قتل عناصر");
        // the word's entries of the first file (its first entry) must not answer for the second, whose first
        // entry is the longer phrase
        assertEquals("killed", one.at(words, 0).value());
        assertEquals("phrase", two.at(words, 0).value());
        List<Word> alone = words("قتل مدنيين");
        assertEquals("verb", two.at(alone, 0).value());
        assertEquals("killed", one.at(alone, 0).value());
    }

    @Test
    void aFileLoadedAgainGivesTheSameHits() {
        List<Word> words = words("قتل عناصر");
        PhraseLexicon<String> first = PhraseLexicon.load(TWO, row -> row[1]);
        assertEquals("phrase", first.at(words, 0).value());
        PhraseLexicon<String> again = PhraseLexicon.load(TWO, row -> "again " + row[1]);
        assertEquals("again phrase", again.at(words, 0).value());
        assertEquals(List.of(new PhraseLexicon.Hit<>(0, 2, "again phrase")), again.all(words, 0, words.size()));
    }
}

package org.hasila.extract.source;

import java.util.List;
import org.hasila.core.claim.Attribution;
import org.hasila.core.text.TextNormalizer;

/**
 * What a sentence's cues may point back to: the speaker of the sentence before, and the speakers the document named
 * before it, latest last. "ووثقت المنسقية مقتل ..." after "المنسقية العامة للنازحين واللاجئين" named paragraphs
 * earlier means that body, not whoever spoke in the sentence before.
 *
 * @param previous the speaker of the sentence before, or null
 * @param named    the document's speakers so far, in order
 */
public record Recall(Attribution previous, List<Attribution> named) {

    private static final TextNormalizer FOLD = TextNormalizer.forMatching();

    public Recall {
        named = named == null ? List.of() : named;
    }

    /** Only the sentence before. */
    public static Recall of(Attribution previous) {
        return new Recall(previous, List.of());
    }

    /**
     * The latest speaker the document named in more words whose first word is {@code head} (folded, the article
     * left aside: المنسقية → "المنسقية العامة للنازحين واللاجئين"), or null.
     */
    Attribution namedWithHead(String head) {
        String wanted = bare(head);
        for (int i = named.size() - 1; i >= 0; i--) {
            Attribution a = named.get(i);
            String[] words = FOLD.fold(a.text()).strip().split("\\s+");
            if (words.length > 1 && bare(words[0]).equals(wanted)) {
                return a;
            }
        }
        return null;
    }

    private static String bare(String word) {
        return word.startsWith("ال") && word.length() > 4 ? word.substring(2) : word;
    }
}

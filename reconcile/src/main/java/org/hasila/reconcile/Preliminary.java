package org.hasila.reconcile;

import java.util.List;
import java.util.Locale;
import org.hasila.core.claim.Claim;
import org.hasila.core.text.TextNormalizer;

/**
 * Whether a claim's sentence calls its count a first or partial one ("6 قتلى و20 جريحاً في حصيلة أولية", "a
 * preliminary toll": preliminary.txt), which any larger count of the same toll made that day or later raises.
 */
final class Preliminary {

    private static final TextNormalizer NORMALIZER = TextNormalizer.forMatching();
    private static final List<String> PHRASES = ResourceLines.read("preliminary.txt").stream()
            .map(Preliminary::fold).toList();

    private Preliminary() {
    }

    static boolean said(Claim claim) {
        String quote = " " + fold(claim.evidence().quote()) + " ";
        return PHRASES.stream().anyMatch(p -> quote.contains(" " + p + " "));
    }

    /** Folded as lexicons are, lower case, words apart by single spaces whatever marks stood between them. */
    private static String fold(String text) {
        return NORMALIZER.fold(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

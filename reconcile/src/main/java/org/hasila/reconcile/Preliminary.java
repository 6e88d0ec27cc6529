package org.hasila.reconcile;

import java.util.List;
import java.util.Locale;
import org.hasila.core.claim.Claim;
import org.hasila.core.text.TextNormalizer;

/**
 * Whether a claim's sentence calls its count a first or partial one ("6 قتلى و20 جريحاً في حصيلة أولية", "a
 * preliminary toll": preliminary.txt) or tells what one hospital received ("مستشفاها في كندز استقبل 35 جثة":
 * one-place-counts.tsv), which any larger count of the same toll made that day or later raises.
 */
final class Preliminary {

    private static final TextNormalizer NORMALIZER = TextNormalizer.forMatching();
    private static final List<String> PHRASES = ResourceLines.read("preliminary.txt").stream()
            .map(Preliminary::fold).toList();
    private static final List<String> RECEIVING = words("receive");
    private static final List<String> PLACES_OF_CARE = words("place");

    private Preliminary() {
    }

    static boolean said(Claim claim) {
        String quote = " " + fold(claim.evidence().quote()) + " ";
        if (PHRASES.stream().anyMatch(p -> quote.contains(" " + p + " "))) {
            return true;
        }
        List<String> words = List.of(quote.strip().split(" "));
        return anyOf(words, RECEIVING) && anyOf(words, PLACES_OF_CARE);
    }

    /** Whether a word is one of {@code entries}, or holds one that ends with '*' (after its proclitics: "واستقبلت"). */
    private static boolean anyOf(List<String> words, List<String> entries) {
        for (String word : words) {
            for (String entry : entries) {
                if (entry.endsWith("*") ? word.contains(entry.substring(0, entry.length() - 1))
                        : word.equals(entry)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The entries of one role of one-place-counts.tsv, folded. */
    private static List<String> words(String role) {
        return ResourceLines.read("one-place-counts.tsv").stream().map(line -> line.split("\\t"))
                .filter(row -> row.length == 2 && row[0].strip().equals(role))
                .map(row -> {
                    String word = row[1].strip();
                    boolean prefix = word.endsWith("*");
                    String folded = fold(prefix ? word.substring(0, word.length() - 1) : word);
                    return prefix ? folded + "*" : folded;
                }).toList();
    }

    /** Folded as lexicons are, lower case, words apart by single spaces whatever marks stood between them. */
    private static String fold(String text) {
        return NORMALIZER.fold(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

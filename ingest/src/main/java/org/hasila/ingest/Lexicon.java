package org.hasila.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hasila.core.text.TextNormalizer;

/** A word list kept as a UTF-8 resource, one entry a line, '#' comments; entries compared in folded form. */
final class Lexicon {

    private static final TextNormalizer FOLD = TextNormalizer.forMatching();
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}+\\-]+");

    private final Set<String> entries;
    /** Longer texts cannot equal an entry; skipping them spares folding whole paragraphs. */
    private final int longestText;

    private Lexicon(Set<String> entries) {
        this.entries = entries;
        this.longestText = 2 * entries.stream().mapToInt(String::length).max().orElse(0) + 8;
    }

    static Lexicon load(String resource) {
        Set<String> folded = new LinkedHashSet<>();
        for (String line : lines(resource)) {
            folded.add(key(line));
        }
        return new Lexicon(Set.copyOf(folded));
    }

    /** The raw entries of a resource, comments and blank lines dropped. */
    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Folded form used for comparison: Arabic letter variants, diacritics and case folded, punctuation dropped. */
    static String key(String text) {
        return NOT_WORD.matcher(FOLD.fold(text)).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    boolean contains(String text) {
        return text.length() <= longestText && entries.contains(key(text));
    }

    /** Whether the text, folded, starts with one of the entries as whole words. */
    boolean startsText(String text) {
        String k = key(text);
        for (String entry : entries) {
            if (k.equals(entry) || k.startsWith(entry + " ")) {
                return true;
            }
        }
        return false;
    }
}

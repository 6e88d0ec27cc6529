package org.hasila.extract.number;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hasila.core.text.TextNormalizer;

/**
 * Reads the grammar's resource files: one entry per line, tab-separated columns, '#' comments.
 * Every line is folded like the text it will be matched against, so the files keep normal spelling.
 */
final class Lexicon {

    private static final TextNormalizer NORMALIZER = TextNormalizer.forMatching();

    private Lexicon() {
    }

    /** The rows of {@code name} (a file next to this class), each folded and split on tabs. */
    static List<String[]> rows(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing number lexicon " + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                String[] columns = NORMALIZER.fold(line).split("\t");
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = columns[i].strip();
                }
                rows.add(columns);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read number lexicon " + name, e);
        }
        return rows;
    }

    /** A folded phrase as its words. */
    static String[] words(String phrase) {
        return phrase.strip().split("\\s+");
    }
}

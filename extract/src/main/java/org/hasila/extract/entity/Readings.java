package org.hasila.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hasila.core.text.TextNormalizer;

/**
 * Reads Arabic tokens the way a name can appear in running text: with a conjunction or preposition
 * glued to its first word (والمرصد، للمرصد، بقوات) and with or without the article on any word.
 * The proclitics are data ({@code proclitics.txt}).
 */
final class Readings {

    static final String ARTICLE = "ال";
    private static final String RESOURCE = "/org/hasila/extract/entity/proclitics.txt";

    private final List<String> proclitics;

    Readings(List<String> proclitics) {
        this.proclitics = proclitics.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    static Readings fromClasspath() {
        return new Readings(foldedLines(RESOURCE));
    }

    /** The entries of a word list on the classpath, one a line, folded for matching; '#' starts a comment line. */
    static List<String> foldedLines(String resource) {
        TextNormalizer normalizer = TextNormalizer.forMatching();
        List<String> forms = new ArrayList<>();
        InputStream in = Readings.class.getResourceAsStream(resource);
        if (in == null) {
            throw new GazetteerException(resource, 0, "resource not found on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String form = normalizer.fold(line.strip());
                if (!form.isEmpty() && !form.startsWith("#")) {
                    forms.add(form);
                }
            }
        } catch (IOException e) {
            throw new GazetteerException(resource, "cannot be read", e);
        }
        return forms;
    }

    /** A token inside a name: only the article may come off, and only if two letters remain. */
    Reading inner(String token) {
        if (token.startsWith(ARTICLE) && token.length() - ARTICLE.length() >= 2) {
            return new Reading(token.substring(ARTICLE.length()), true, 0);
        }
        return new Reading(token, false, 0);
    }

    /** A token that may start a name: as it is, and with each proclitic it starts with taken off. */
    List<Reading> leading(String token) {
        List<Reading> readings = new ArrayList<>(3);
        readings.add(inner(token));
        for (String p : proclitics) {
            if (!token.startsWith(p) || token.length() - p.length() < 2) {
                continue;
            }
            String rest = token.substring(p.length());
            // "وال" and "لل" (ل + ال with the alef elided) carry the article: the name keeps it
            if (p.endsWith(ARTICLE) || p.endsWith("لل")) {
                readings.add(new Reading(rest, true, p.length() - 2));
            } else {
                Reading r = inner(rest);
                readings.add(new Reading(r.core(), r.definite(), p.length()));
            }
        }
        return readings;
    }
}

package org.hasila.extract.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hasila.core.text.TextNormalizer;
import org.hasila.extract.entity.TextTokens;

/** The word lists of source attribution, read once from the resource files next to this class. */
final class SourceLexicon {

    private static final String DIR = "/org/hasila/extract/source/";

    private final TextNormalizer normalizer = TextNormalizer.forMatching();
    final List<CueForm> cues;
    final List<String> unnamed;
    final List<String> anaphora;
    /** The anaphora that name a body ("الوزارة"), marked "body" in anaphora.txt: they point back to a body only. */
    final Set<String> bodyAnaphora;
    final Set<String> complementizers;
    final List<List<String>> clauseBreaks;
    final Set<String> statementNouns;
    final Set<String> connectors;
    final Set<String> skipBefore;
    final Set<String> functionWords;
    final Set<String> appositionOpeners;
    final Set<String> verbPronouns;
    /** English auxiliaries that open a clause's verb ("the army had killed"): what follows them is what was said. */
    final Set<String> auxiliaries;
    /** Words between a count and the body that made it ("إحصائية أعدها مركز محلي", "a tally compiled by"). */
    final Set<String> tallyLinks;
    final Set<String> subjectPronouns;
    final Set<String> articles;
    final Set<String> mediaNouns;
    final Set<String> ownOutletNouns;
    final Set<String> ownSourcing;
    final Set<String> statementAdjectives;
    final Set<String> speakerHeads;
    final Set<String> nameConnectors;
    final Set<String> tallyWords;
    /** Nouns of a toll, which end the name of the one who raised or gave it ("ورفعت المفوضية حصيلة ضحايا ..."). */
    final Set<String> tollNouns;
    final Set<String> prepositions;
    final Set<String> accordingWithLam;

    private SourceLexicon() {
        cues = lines("cues.tsv").stream().map(this::cue).toList();
        unnamed = lines("unnamed-sources.txt");
        List<String> anaphoraLines = lines("anaphora.txt");
        anaphora = anaphoraLines.stream().map(line -> line.split("\t")[0].strip()).toList();
        bodyAnaphora = anaphoraLines.stream().filter(line -> line.endsWith("\tbody"))
                .map(line -> normalizer.fold(line.split("\t")[0].strip())).collect(Collectors.toUnmodifiableSet());
        complementizers = folded("complementizers.txt");
        clauseBreaks = lines("clause-breaks.txt").stream().map(this::words).toList();
        statementNouns = folded("statement-nouns.txt");
        connectors = folded("connectors.txt");
        skipBefore = folded("skip-before.txt");
        functionWords = folded("function-words.txt");
        appositionOpeners = folded("apposition-openers.txt");
        verbPronouns = folded("verb-pronouns.txt");
        subjectPronouns = folded("subject-pronouns.txt");
        articles = folded("articles.txt");
        mediaNouns = folded("media-nouns.txt");
        ownOutletNouns = folded("own-outlet-nouns.txt");
        ownSourcing = folded("own-sourcing.txt");
        statementAdjectives = folded("statement-adjectives.txt");
        speakerHeads = folded("speaker-heads.txt");
        nameConnectors = folded("name-connectors.txt");
        tallyWords = folded("tally-words.txt");
        tollNouns = folded("toll-nouns.txt");
        auxiliaries = folded("auxiliaries.txt");
        tallyLinks = folded("tally-links.txt");
        prepositions = folded("prepositions.txt");
        accordingWithLam = folded("according-with-lam.txt");
    }

    private static final class Holder {
        static final SourceLexicon INSTANCE = new SourceLexicon();
    }

    /** A word describing a statement or a title, with or without the article (رسمي، الرسمي), as a folded word. */
    boolean isStatementAdjective(String folded) {
        return statementAdjectives.contains(folded)
                || folded.startsWith("ال") && statementAdjectives.contains(folded.substring(2));
    }

    /** A head noun of a body that speaks, with or without the article (مديرية، المديرية), as a folded word. */
    boolean isSpeakerHead(String folded) {
        return speakerHeads.contains(folded) || folded.startsWith("ال") && speakerHeads.contains(folded.substring(2));
    }

    static SourceLexicon get() {
        return Holder.INSTANCE;
    }

    /** The folded words of a phrase, as the tokenizer splits text. */
    List<String> words(String phrase) {
        String folded = normalizer.fold(phrase);
        return TextTokens.of(folded).stream().map(t -> t.in(folded)).toList();
    }

    private CueForm cue(String line) {
        String[] cols = line.split("\t");
        if (cols.length != 3) {
            throw new IllegalStateException(DIR + "cues.tsv: expected form, kind, prefixes in: " + line);
        }
        String prefixes = cols[2].strip();
        boolean required = prefixes.startsWith("+");
        List<String> list = prefixes.equals("-") ? List.of()
                : Arrays.stream(prefixes.replace("+", "").split("\\|")).map(normalizer::fold).toList();
        return new CueForm(words(cols[0]), CueKind.parse(cols[1]), list, required);
    }

    private Set<String> folded(String file) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines(file)) {
            out.add(normalizer.fold(line));
        }
        return Set.copyOf(out);
    }

    /** Non-blank, non-comment lines of a resource, stripped. */
    private static List<String> lines(String file) {
        InputStream in = SourceLexicon.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("missing resource " + DIR + file);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(DIR + file, e);
        }
        return out;
    }
}

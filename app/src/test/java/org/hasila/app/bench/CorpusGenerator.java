package org.hasila.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic corpus for the benchmark: about four reports per incident, a third of them web pages, each
 * about 4 KB. The same seed and article number always give the same file, so a larger corpus extends a smaller one.
 *
 * <p>Usage: {@code CorpusGenerator N outDir seed [firstArticle]}.
 */
public final class CorpusGenerator {

    static final int REPORTS_PER_INCIDENT = 4;
    private static final int TARGET_BYTES = 3_900;

    private final long seed;
    private final ArticleComposer composer = new ArticleComposer(TARGET_BYTES);

    CorpusGenerator(long seed) {
        this.seed = seed;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: CorpusGenerator N outDir seed [firstArticle]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long seed = Long.parseLong(args[2]);
        int first = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        long bytes = new CorpusGenerator(seed).write(out, first, count);
        System.out.printf(Locale.ROOT, "generated %d articles (%d..%d, %d incidents) in %s, %.1f KB each on average%n",
                count, first, first + count - 1, (count + REPORTS_PER_INCIDENT - 1) / REPORTS_PER_INCIDENT, out,
                bytes / 1024.0 / Math.max(1, count));
    }

    /** Writes articles {@code first} to {@code first + count - 1}; returns the bytes written. */
    long write(Path dir, int first, int count) throws IOException {
        Files.createDirectories(dir);
        long bytes = 0;
        for (int i = first; i < first + count; i++) {
            String name = String.format(Locale.ROOT, "a%07d", i);
            Random random = new Random(seed * 7_919L + i);
            Incident incident = Incident.of(seed, i / REPORTS_PER_INCIDENT);
            Article article = composer.compose(incident, i % REPORTS_PER_INCIDENT, random);
            boolean page = i % 3 == 0;
            String content = page ? ArticleFormats.html(article, readAlso(i, random))
                    : ArticleFormats.text(article, random);
            byte[] encoded = content.getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(name + (page ? ".html" : ".txt")), encoded);
            bytes += encoded.length;
        }
        return bytes;
    }

    /** Headlines of other incidents, as a site links them under its article. */
    private List<String> readAlso(int article, Random random) {
        return random.ints(4, 0, Math.max(1, article / REPORTS_PER_INCIDENT + 50))
                .mapToObj(n -> {
                    Incident other = Incident.of(seed, n);
                    return other.attack()[0] + " في " + other.town() + " و" + other.group() + " "
                            + "تعلن موقفها";
                })
                .toList();
    }
}

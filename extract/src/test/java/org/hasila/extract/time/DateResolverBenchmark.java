package org.hasila.extract.time;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hasila.core.text.NormalizedText;
import org.hasila.core.text.TextNormalizer;
import org.hasila.extract.entity.EntityMatcher;
import org.hasila.extract.entity.Gazetteer;
import org.hasila.extract.number.QuantityFinder;
import org.hasila.extract.number.QuantityMatch;
import org.hasila.extract.source.SourceFinder;

/**
 * Rerunnable timing of the date resolver (and, for comparison, the other per-document finders) on a folder of
 * articles; not a test. Arguments: the folder (default {@code seeds}) and {@code --dump} to print every mention.
 */
public final class DateResolverBenchmark {

    private static final int WARM_UP = 50;
    private static final int CALLS = 200;
    private static final LocalDate REFERENCE = LocalDate.of(2022, 1, 25);

    private DateResolverBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "seeds");
        boolean dump = List.of(args).contains("--dump");
        TextNormalizer normalizer = TextNormalizer.forMatching();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        DateResolver dates = DateResolver.fromClasspath();
        QuantityFinder quantities = QuantityFinder.fromClasspath();
        EntityMatcher entities = new EntityMatcher(Gazetteer.fromClasspath());
        SourceFinder sources = new SourceFinder(entities);
        for (Path file : files) {
            NormalizedText text = normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8));
            if (dump) {
                System.out.println("== " + file.getFileName());
                dates.find(text, REFERENCE).forEach(m -> System.out.println(m + " "
                        + text.text().substring(m.start(), m.end())));
                continue;
            }
            List<QuantityMatch> figures = quantities.find(text);
            System.out.printf(Locale.ROOT, "%s (%d chars, %d figures)%n", file.getFileName(), text.text().length(),
                    figures.size());
            time("  DateResolver.find", t -> dates.find(t, REFERENCE), text);
            time("  QuantityFinder.find", quantities::find, text);
            time("  EntityMatcher.find", entities::find, text);
            time("  SourceFinder.attribute (all figures)", t -> attributeAll(sources, t, figures), text);
        }
    }

    private static void attributeAll(SourceFinder sources, NormalizedText text, List<QuantityMatch> figures) {
        String folded = text.text();
        for (QuantityMatch q : figures) {
            int start = q.start();
            while (start > 0 && ".!?؟\n".indexOf(folded.charAt(start - 1)) < 0) {
                start--;
            }
            int end = q.end();
            while (end < folded.length() && ".!?؟\n".indexOf(folded.charAt(end)) < 0) {
                end++;
            }
            sources.attribute(text, start, end, q.start(), q.end(), null);
        }
    }

    private static void time(String label, Consumer<NormalizedText> call, NormalizedText text) {
        for (int i = 0; i < WARM_UP; i++) {
            call.accept(text);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
            call.accept(text);
        }
        wall = System.nanoTime() - wall;
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        // CPU time too: on a busy machine the wall time also counts the waits for a core
        System.out.printf(Locale.ROOT, "%-40s %8.3f ms/call wall %8.3f ms/call cpu%n", label, wall / 1e6 / CALLS,
                cpu / 1e6 / CALLS);
    }
}

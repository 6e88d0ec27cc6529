package org.hasila.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.hasila.ingest.IngestSettings;

/**
 * The floor no pipeline over a folder can beat: every file parsed by Tika alone (AutoDetectParser, the app's write
 * limit), on one thread and then on two. Prints one line per thread count: {@code tika threads=T docs=N wall=S
 * docs/s=R chars=C jvm=warm|cold}.
 *
 * <p>Usage: {@code TikaFloor dir [--cold] [threads...]} (default threads: 1 2). Without {@code --cold} the passes run
 * after an untimed warm-up, as in a long job whose code is compiled; with it the first pass starts in a fresh JVM, as
 * a nightly job does, so its time includes the JIT's warm-up (the like-for-like floor for a whole cold run).
 */
public final class TikaFloor {

    /** Files parsed untimed first, so that the timed passes run compiled code, as a long job does. */
    private static final int WARM_UP_FILES = 1_000;

    private TikaFloor() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        boolean cold = Stream.of(args).anyMatch("--cold"::equals);
        if (!cold) {
            AutoDetectParser parser = new AutoDetectParser();
            for (Path file : files.subList(0, Math.min(WARM_UP_FILES, files.size()))) {
                parse(parser, file);
            }
        }
        int[] threadCounts = Stream.of(args).skip(1).filter(a -> !a.startsWith("--")).mapToInt(Integer::parseInt)
                .toArray();
        for (int threads : threadCounts.length > 0 ? threadCounts : new int[] {1, 2}) {
            run(files, threads, cold ? "cold" : "warm");
        }
    }

    private static void run(List<Path> files, int threads, String jvm) throws Exception {
        AtomicLong chars = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int slice = t;
                parts.add(pool.submit(() -> {
                    AutoDetectParser parser = new AutoDetectParser();
                    for (int i = slice; i < files.size(); i += threads) {
                        chars.addAndGet(parse(parser, files.get(i)));
                    }
                    return null;
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "tika threads=%d docs=%d wall=%.2f docs/s=%.1f chars=%d jvm=%s%n", threads,
                files.size(), seconds, files.size() / seconds, chars.get(), jvm);
    }

    private static int parse(AutoDetectParser parser, Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        BodyContentHandler handler = new BodyContentHandler(IngestSettings.defaults().writeLimit());
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (Exception e) {
            throw new IOException("tika could not parse " + file + ": " + e.getMessage(), e);
        }
        return handler.toString().length();
    }
}

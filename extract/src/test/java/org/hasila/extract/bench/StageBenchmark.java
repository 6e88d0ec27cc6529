package org.hasila.extract.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.hasila.extract.ClaimExtractor;
import org.hasila.extract.Extraction;
import org.hasila.ingest.DocumentReader;
import org.hasila.ingest.IngestSettings;
import org.hasila.ingest.NearDuplicates;

/**
 * Per-document cost of the ingest and extract stages on one thread, without the job around them (no database, no
 * batch): every file read through {@link DocumentReader} and fingerprinted as the ingest step does, every
 * processed document extracted with {@link ClaimExtractor}, and Tika alone over the same files for the floor.
 * Not a test: a rerunnable measurement (see {@code scripts/benchmark-stages}).
 *
 * <p>Usage: {@code StageBenchmark DIR [--limit=N] [--passes=P] [--stages=S,...] [--dump=FILE]}
 * (stages: tika, ingest-read, ingest-fingerprint, extract; all by default). Each stage runs once untimed (the JIT
 * warms up, the models load), then P timed passes (default 3), of which the fastest is printed, with the thread's
 * CPU time per document (steadier than wall time on a busy machine), and the first (cold) pass with the CPU time of
 * the whole process (JIT compiler and collector included). {@code --dump} writes every document's
 * metadata, text digest, fingerprint, claims and mentions, one block per file: two builds that print the same
 * dump behave the same on that folder.
 */
public final class StageBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** All threads' CPU, the JIT compiler's and the collector's included: what a first pass really costs. */
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private StageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: StageBenchmark DIR [--limit=N] [--passes=P] [--stages=S,...] [--dump=FILE]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        int limit = Integer.MAX_VALUE;
        int passes = 3;
        Path dump = null;
        List<String> timed = List.of("tika", "ingest-read", "ingest-fingerprint", "extract");
        for (String arg : List.of(args).subList(1, args.length)) {
            if (arg.startsWith("--limit=")) {
                limit = Integer.parseInt(arg.substring("--limit=".length()));
            } else if (arg.startsWith("--passes=")) {
                passes = Integer.parseInt(arg.substring("--passes=".length()));
            } else if (arg.startsWith("--stages=")) {
                timed = List.of(arg.substring("--stages=".length()).split(","));
            } else if (arg.startsWith("--dump=")) {
                dump = Path.of(arg.substring("--dump=".length()));
            } else {
                throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        List<Path> all = DocumentReader.listFiles(root);
        List<Path> files = all.subList(0, Math.min(limit, all.size()));

        long start = System.nanoTime();
        DocumentReader reader = new DocumentReader(IngestSettings.defaults());
        long built = System.nanoTime();
        ClaimExtractor extractor = ClaimExtractor.fromClasspath();
        System.out.printf(Locale.ROOT, "setup: reader built in %.2f s, extractor in %.2f s; %d files in %s%n",
                (built - start) / 1e9, (System.nanoTime() - built) / 1e9, files.size(), root);

        List<Document> documents = new ArrayList<>();
        Stage read = new Stage("ingest-read", files, file -> documents.add(reader.read(root, file)));
        read.run(); // cold, as in a job: the language model loads, nothing is compiled yet
        List<Document> processed = documents.stream().filter(d -> d.status() == DocumentStatus.PROCESSED).toList();
        System.out.printf(Locale.ROOT, "documents: %d processed, %d skipped or quarantined%n", processed.size(),
                documents.size() - processed.size());
        read = new Stage("ingest-read", files, file -> reader.read(root, file), read);

        AutoDetectParser tika = new AutoDetectParser();
        Stage fingerprint = new Stage("ingest-fingerprint", processed, d -> NearDuplicates.signature(d.text()));
        Stage extract = new Stage("extract", processed, extractor::extract);
        Stage tikaAlone = new Stage("tika", files, file -> tika(tika, root.resolve(file)));
        List<String> names = timed;
        List<Stage> stages = List.of(tikaAlone, read, fingerprint, extract).stream()
                .filter(stage -> names.contains(stage.name)).toList();
        for (Stage stage : List.of(fingerprint, extract, tikaAlone)) {
            if (stages.contains(stage)) {
                stage.run();
            }
        }
        for (int pass = 0; pass < passes; pass++) {
            for (Stage stage : stages) {
                stage.run();
            }
        }
        if (dump != null) {
            dump(dump, documents, extractor);
        }
        if (passes == 0) {
            return;
        }
        for (Stage stage : stages) {
            stage.print();
        }
        if (stages.size() < 4) {
            return;
        }
        double ingestCpu = read.bestCpuPerItem() + fingerprint.bestCpuPerItem() * processed.size() / files.size();
        double ingestWall = read.bestWallPerItem() + fingerprint.bestWallPerItem() * processed.size() / files.size();
        System.out.printf(Locale.ROOT, "ingest (read + fingerprint): docs/s=%.1f cpu-ms/doc=%.3f%n",
                1000 / ingestWall, ingestCpu);
        System.out.printf(Locale.ROOT, "ratio to tika alone (wall): ingest %.2f, extract %.2f, both %.2f%n",
                ingestWall / tikaAlone.bestWallPerItem(), extract.bestWallPerItem() / tikaAlone.bestWallPerItem(),
                (ingestWall + extract.bestWallPerItem()) / tikaAlone.bestWallPerItem());
    }

    private static int tika(AutoDetectParser parser, Path file) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        BodyContentHandler handler = new BodyContentHandler(IngestSettings.defaults().writeLimit());
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (Exception e) {
            return -1;
        }
        return handler.toString().length();
    }

    private static void dump(Path path, List<Document> documents, ClaimExtractor extractor) throws IOException {
        MessageDigest all = sha256();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8))) {
            for (Document d : documents) {
                StringBuilder block = new StringBuilder();
                block.append(d.withText("text-sha256=" + digest(d.text()))).append('\n');
                if (d.status() == DocumentStatus.PROCESSED) {
                    block.append("  fingerprint ").append(NearDuplicates.signature(d.text()).encode()).append('\n');
                    Extraction extraction = extractor.extract(d);
                    extraction.claims().forEach(c -> block.append("  claim ").append(c).append('\n'));
                    extraction.mentions().forEach(m -> block.append("  mention ").append(m).append('\n'));
                }
                out.print(block);
                all.update(block.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        System.out.printf(Locale.ROOT, "dump: %s sha256=%s%n", path, HexFormat.of().formatHex(all.digest()));
    }

    private static String digest(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One stage timed over its items: the fastest pass counts, in wall time and in this thread's CPU time. */
    private static final class Stage {

        private final String name;
        private final List<?> items;
        private final Consumer<Object> work;
        private long bestWall = Long.MAX_VALUE;
        private long bestCpu = Long.MAX_VALUE;
        private long coldWall;
        private long coldProcessCpu;
        private int runs;

        @SuppressWarnings("unchecked")
        <T> Stage(String name, List<T> items, Consumer<T> work) {
            this.name = name;
            this.items = items;
            this.work = (Consumer<Object>) work;
        }

        /** The same stage with other work, keeping the first one's cold pass. */
        <T> Stage(String name, List<T> items, Consumer<T> work, Stage cold) {
            this(name, items, work);
            this.coldWall = cold.coldWall;
            this.coldProcessCpu = cold.coldProcessCpu;
            this.runs = cold.runs;
        }

        void run() {
            long processCpu = PROCESS.getProcessCpuTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (Object item : items) {
                work.accept(item);
            }
            wall = System.nanoTime() - wall;
            cpu = THREADS.getCurrentThreadCpuTime() - cpu;
            processCpu = PROCESS.getProcessCpuTime() - processCpu;
            if (runs++ > 0) {
                bestWall = Math.min(bestWall, wall);
                bestCpu = Math.min(bestCpu, cpu);
            } else {
                coldWall = wall;
                coldProcessCpu = processCpu;
            }
        }

        double bestWallPerItem() {
            return bestWall / 1e6 / Math.max(1, items.size());
        }

        double bestCpuPerItem() {
            return bestCpu / 1e6 / Math.max(1, items.size());
        }

        void print() {
            System.out.printf(Locale.ROOT, "%-18s docs=%d wall=%.2f docs/s=%.1f cpu-ms/doc=%.3f"
                            + "   first pass: wall=%.2f docs/s=%.1f process-cpu-ms/doc=%.3f%n", name, items.size(),
                    bestWall / 1e9, 1000 / bestWallPerItem(), bestCpuPerItem(), coldWall / 1e9,
                    items.size() / (coldWall / 1e9), coldProcessCpu / 1e6 / Math.max(1, items.size()));
        }
    }
}

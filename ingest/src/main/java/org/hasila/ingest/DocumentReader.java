package org.hasila.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;

/** Reads input files into documents: text, metadata, identity, language; bad input comes back quarantined. */
public final class DocumentReader {

    private static final Set<String> PROCESSED_LANGUAGES = Set.of("ar", "en");

    private final IngestSettings settings;
    private final ContentExtractor extractor;

    public DocumentReader(IngestSettings settings) {
        LanguageGuess.preload();
        this.settings = settings;
        this.extractor = new ContentExtractor(settings);
    }

    /**
     * Every file under {@code root}, recursively, as sorted relative paths. Symbolic links are listed, never
     * followed, so that {@link #read} can quarantine those leading out of the folder.
     */
    public static List<Path> listFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(DocumentReader::isListed).map(root::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@link #listFiles} would list anything, found without listing the rest. */
    public static boolean hasFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.anyMatch(DocumentReader::isListed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isListed(Path path) {
        return !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** Reads one file; never throws for bad input, which comes back quarantined or skipped with a reason. */
    public Document read(Path root, Path relative) {
        String file = relative.toString();
        byte[] bytes;
        try {
            bytes = InputGate.readBytes(root, relative, settings.maxFileBytes());
        } catch (BadInputException e) {
            return quarantined("d-" + sha256(file.getBytes(StandardCharsets.UTF_8)).substring(0, 12), file, null,
                    e.getMessage());
        }
        String sha = sha256(bytes);
        String id = "d-" + sha.substring(0, 12);
        try {
            Content content = extractor.extract(bytes, relative.getFileName().toString());
            String language = LanguageGuess.detect(content.text());
            Document document = new Document(id, file, null, sha, content.contentType(), language, content.title(),
                    content.published(), content.author(), content.dateline(), content.monthDay(),
                    DocumentStatus.PROCESSED, null, content.text());
            if (language == null) {
                return document.withStatus(DocumentStatus.SKIPPED, "language not detected (no letters in the text)");
            }
            if (!PROCESSED_LANGUAGES.contains(language)) {
                return document.withStatus(DocumentStatus.SKIPPED,
                        "language '" + language + "' is neither Arabic nor English");
            }
            return document;
        } catch (BadInputException e) {
            return quarantined(id, file, sha, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a parser bug must cost one document, not the job
            return quarantined(id, file, sha, "unexpected failure reading the file: "
                    + TikaText.oneLine(e.getClass().getSimpleName() + " " + e.getMessage()));
        }
    }

    private static Document quarantined(String id, String file, String sha, String reason) {
        return new Document(id, file, null, sha, null, null, null, null, null, null, DocumentStatus.QUARANTINED,
                reason, "");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}

package org.hasila.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;

/** Reads input files into documents. STUB: plain UTF-8 only; replaced by the Tika reader. */
public final class DocumentReader {

    private final IngestSettings settings;

    public DocumentReader(IngestSettings settings) {
        this.settings = settings;
    }

    /** Every regular file under {@code root}, recursively, as sorted relative paths. */
    public static List<Path> listFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !Files.isDirectory(p)).map(root::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one file; never throws for bad input, which comes back quarantined with a reason. */
    public Document read(Path root, Path relative) {
        try {
            byte[] bytes = Files.readAllBytes(root.resolve(relative));
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            String text = new String(bytes, StandardCharsets.UTF_8);
            return new Document("d-" + sha.substring(0, 12), relative.toString(), null, sha,
                    "text/plain; charset=UTF-8", "ar", null, null, null, null, DocumentStatus.PROCESSED, null, text);
        } catch (IOException | NoSuchAlgorithmException e) {
            return new Document("d-unreadable", relative.toString(), null, null, null, null, null, null, null, null,
                    DocumentStatus.QUARANTINED, e.getMessage(), "");
        }
    }
}

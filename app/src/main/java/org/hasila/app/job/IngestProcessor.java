package org.hasila.app.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.hasila.app.store.FileStamp;
import org.hasila.core.document.Document;
import org.hasila.ingest.DocumentReader;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Makes each input file a document, reading as little as it can: a file whose stamp from an earlier run still
 * vouches for it ({@link FileStamp}: same size, same modification time) is that run's document, unread; any other
 * is hashed, and one whose content this version stored and extracted is that document, unparsed; only the rest are
 * parsed. The stamp taken of a file read (hashed or parsed) goes to the writer, to be saved with its document.
 */
final class IngestProcessor implements ItemProcessor<Path, IngestedFile> {

    private final Path root;
    private final DocumentReader reader;
    private final Predicate<String> extracted;
    private final Map<String, FileStamp> stamps;
    private final Clock clock;

    /**
     * @param root      the input folder; files come relative to it
     * @param extracted whether this version stored and extracted a document, by id
     * @param stamps    the files' stamps from earlier runs over the folder, by path relative to it
     * @param clock     the time a stamp is taken at
     */
    IngestProcessor(Path root, DocumentReader reader, Predicate<String> extracted, Map<String, FileStamp> stamps,
                    Clock clock) {
        this.root = root;
        this.reader = reader;
        this.extracted = extracted;
        this.stamps = stamps;
        this.clock = clock;
    }

    @Override
    public IngestedFile process(Path file) {
        String name = file.toString();
        Path path = root.resolve(file);
        FileStamp.Seen seen = FileStamp.look(path);
        FileStamp known = stamps.get(name);
        if (known != null && known.vouchesFor(seen) && extracted.test(known.documentId())) {
            return IngestedFile.unchanged(name, known.documentId(), null);
        }
        Instant at = clock.instant();
        Optional<String> id = ContentIds.of(path).filter(extracted);
        if (id.isPresent()) {
            return IngestedFile.unchanged(name, id.get(), stamp(seen, at, id.get()));
        }
        Document document = reader.read(root, file);
        return IngestedFile.read(document, stamp(seen, at, document.id()));
    }

    private static FileStamp stamp(FileStamp.Seen seen, Instant at, String documentId) {
        return seen == null || documentId == null ? null : seen.stamp(at, documentId);
    }
}

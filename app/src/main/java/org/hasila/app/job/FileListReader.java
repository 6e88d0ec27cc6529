package org.hasila.app.job;

import java.nio.file.Path;
import java.util.List;
import org.hasila.ingest.DocumentReader;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The input folder's files in a stable order. Restartable: the item count is saved at each commit,
 * so a restarted ingest step resumes after the last committed file.
 */
class FileListReader extends AbstractItemCountingItemStreamItemReader<Path> {

    static final String NAME = "ingestFiles";

    private final Path root;
    private List<Path> files = List.of();

    FileListReader(Path root) {
        this.root = root;
        setName(NAME);
    }

    @Override
    protected void doOpen() {
        files = DocumentReader.listFiles(root);
    }

    @Override
    protected Path doRead() {
        int next = getCurrentItemCount() - 1;
        return next < files.size() ? files.get(next) : null;
    }

    @Override
    protected void doClose() {
        files = List.of();
    }
}

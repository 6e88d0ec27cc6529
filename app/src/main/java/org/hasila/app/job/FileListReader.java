package org.hasila.app.job;

import java.nio.file.Path;
import java.util.List;
import org.hasila.ingest.DocumentReader;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The input folder's files of one {@link PartitionShare share} (all of them when the step runs whole), in a stable
 * order. Restartable: the item count is saved at each commit,
 * so a restarted ingest step resumes after the last committed file; that file's path (relative to the
 * folder) is saved too, under {@code ingestFiles.lastFile}, for operators reading the step's context.
 */
class FileListReader extends AbstractItemCountingItemStreamItemReader<Path> {

    static final String NAME = "ingestFiles";
    static final String LAST_FILE = NAME + ".lastFile";

    private final Path root;
    private final PartitionShare share;
    private List<Path> files = List.of();

    FileListReader(Path root, PartitionShare share) {
        this.root = root;
        this.share = share;
        setName(NAME);
    }

    @Override
    protected void doOpen() {
        files = DocumentReader.listFiles(root).stream().filter(share::holdsFile).toList();
    }

    /** The files of the share, once open. */
    public int size() {
        return files.size();
    }

    @Override
    protected Path doRead() {
        int next = getCurrentItemCount() - 1;
        return next < files.size() ? files.get(next) : null;
    }

    @Override
    public void update(ExecutionContext executionContext) {
        super.update(executionContext);
        // the count includes the read that found no more files, once the list is exhausted
        int read = Math.min(getCurrentItemCount(), files.size());
        if (read > 0) {
            executionContext.putString(LAST_FILE, files.get(read - 1).toString());
        }
    }

    @Override
    protected void doClose() {
        files = List.of();
    }
}

package org.hasila.report;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writes a file so that readers see either the old or the new content, never half of it. */
final class AtomicFiles {

    /** Prefix and suffix of temporary files, so a crashed run's leftovers can be recognised and removed. */
    static final String TEMP_PREFIX = ".hasila-";
    static final String TEMP_SUFFIX = ".tmp";
    private static final int BUFFER_SIZE = 1 << 16;

    /** Writes the content of a file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Like {@link #write} but without forcing the bytes to disk before the rename: readers still see the old file or
     * the whole new one, but after a power loss the file may be empty or stale until the caller has forced it (see
     * {@link TextFiles}). For files nothing refers to until the caller has done so.
     */
    static void writeUnforced(Path target, Content content) {
        try (Staged staged = stage(target, content, false)) {
            staged.commit();
        }
    }

    /**
     * Writes {@code content} to a temporary file next to {@code target} and forces it to disk, without touching
     * {@code target} yet; on failure the temporary file is removed.
     */
    static Staged stage(Path target, Content content) {
        return stage(target, content, true);
    }

    private static Staged stage(Path target, Content content, boolean force) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            // Not Files.createTempFile: its owner-only permissions would carry over to the published report, which
            // other users (a web server, the nightly consumers) must read; CREATE_NEW applies the usual umask.
            temp = dir.resolve(TEMP_PREFIX + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new UnclosableStream(
                        new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_SIZE));
                content.writeTo(out);
                out.flush();
                // The rename must not become visible before the bytes it points at are durable.
                if (force) {
                    channel.force(true);
                }
            }
            Staged staged = new Staged(temp, target);
            temp = null;
            return staged;
        } catch (IOException | RuntimeException e) {
            throw failure(target, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** A fully written temporary file waiting to replace its target; closing it discards it unless committed. */
    static final class Staged implements AutoCloseable {

        private final Path temp;
        private final Path target;
        private boolean committed;

        private Staged(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }

        /** Renames the temporary file over the target in one step. */
        void commit() {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                committed = true;
            } catch (IOException e) {
                throw failure(target, e);
            }
        }

        @Override
        public void close() {
            if (!committed) {
                deleteQuietly(temp);
            }
        }
    }

    /** Creates {@code dir} and its parents, or explains why it cannot. */
    static Path directory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ReportException("cannot create output directory " + dir + ": " + describe(e), e);
        }
    }

    /** Removes temporary files a crashed earlier run left in {@code dir}. */
    static void removeStaleTemps(Path dir) {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                deleteQuietly(temp);
            }
        } catch (IOException e) {
            // Leftovers are harmless to readers; failing the run over them would not be.
        }
    }

    private static ReportException failure(Path target, Exception e) {
        if (e instanceof ReportException reportException) {
            return reportException;
        }
        return new ReportException("cannot write " + target + ": " + describe(e), e);
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + message;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Best effort: the failure being reported matters more than a stray temporary file.
        }
    }

    /** Lets writers close what they wrap without closing the channel that still has to be forced. */
    private static final class UnclosableStream extends FilterOutputStream {

        UnclosableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

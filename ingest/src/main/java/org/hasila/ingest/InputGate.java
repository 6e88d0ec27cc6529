package org.hasila.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a listed file's bytes, refusing what must not be read: links out of the input folder, non-files, oversize. */
final class InputGate {

    private InputGate() {
    }

    static byte[] readBytes(Path root, Path relative, long maxFileBytes) throws BadInputException {
        Path file = root.resolve(relative).normalize();
        Path real = realPath(root, file);
        if (!Files.isRegularFile(real)) {
            throw new BadInputException(Files.isSymbolicLink(file)
                    ? "symbolic link to a directory (not followed)" : "not a regular file");
        }
        try {
            long size = Files.size(real);
            if (size > maxFileBytes) {
                throw new BadInputException("file of " + size + " bytes is over the size limit of "
                        + maxFileBytes + " bytes");
            }
            if (size == 0) {
                throw new BadInputException("empty file");
            }
            return Files.readAllBytes(real);
        } catch (IOException | SecurityException e) {
            throw new BadInputException("unreadable file: " + TikaText.oneLine(e.getClass().getSimpleName()
                    + " " + e.getMessage()), e);
        } catch (OutOfMemoryError e) {
            throw new BadInputException("file too large to hold in memory", e);
        }
    }

    /** The file's real path; a link whose target lies outside the input folder is never followed further. */
    private static Path realPath(Path root, Path file) throws BadInputException {
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new BadInputException(Files.isSymbolicLink(file) ? "broken symbolic link" : "file not found");
        } catch (IOException | SecurityException e) {
            throw new BadInputException("unreadable file: " + TikaText.oneLine(e.getMessage()), e);
        }
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new BadInputException("input folder unreadable: " + TikaText.oneLine(e.getMessage()), e);
        }
        if (!real.startsWith(realRoot)) {
            throw new BadInputException(Files.isSymbolicLink(file)
                    || !file.startsWith(root.normalize())
                    ? "symbolic link leading outside the input folder (not followed)"
                    : "path leads outside the input folder through a symbolic link (not followed)");
        }
        return real;
    }
}

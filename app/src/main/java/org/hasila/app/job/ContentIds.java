package org.hasila.app.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The content id a file's document will have (as ingest derives it: {@code d-} + 12 hex digits of the SHA-256
 * of its bytes), computed by streaming the file, so an unchanged file is recognised without parsing it.
 */
final class ContentIds {

    private ContentIds() {
    }

    /** The id, or empty when the file is not a readable regular file (ingest then says why). */
    static Optional<String> of(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            byte[] digest = ((DigestInputStream) in).getMessageDigest().digest();
            return Optional.of("d-" + HexFormat.of().formatHex(digest).substring(0, 12));
        } catch (IOException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }
}

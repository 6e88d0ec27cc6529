package org.hasila.app.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.boot.info.BuildProperties;

/**
 * Names what produced a document's claims: the build (its version and time, so any new jar extracts again)
 * and the user's gazetteer file (its content). A document extracted under the same name is not extracted again.
 */
record ExtractorVersion(String value) {

    static ExtractorVersion of(BuildProperties build, Path gazetteer) {
        String base = build == null ? "dev" : build.getVersion() + "@" + build.getTime();
        return new ExtractorVersion(gazetteer == null ? base : base + "+" + contentHash(gazetteer));
    }

    private static String contentHash(Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.hasila.extract.claim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;

/** Stable claim ids: the same figure of the same document gets the same id run after run. */
final class ClaimIds {

    private ClaimIds() {
    }

    static String of(String documentId, int numberStart, Kind kind, Group group) {
        String key = documentId + "|" + numberStart + "|" + kind.code() + "|" + group.code();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "c-" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}

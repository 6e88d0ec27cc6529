package org.hasila.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hasila.core.claim.Claim;
import org.hasila.core.event.Note;
import org.hasila.core.text.TextNormalizer;

/**
 * Who stands behind each claim of an event: the named entity, else the words naming the source, else
 * the publishing document. A sentence republished word for word by another document is a copy: it
 * keeps the identity of the first report, so a copy never counts as corroboration.
 */
final class SourceIdentity {

    static final String COPIED_REPORT = "copied-report";

    /** Below this many words two equal quotes may well be a common phrase, not a copy. */
    private static final int MIN_COPY_WORDS = 8;
    private static final TextNormalizer NORMALIZER = TextNormalizer.forMatching();

    private final Map<String, String> identityOfClaim = new HashMap<>();
    private final Map<String, List<Note>> copyNotesOfFigure = new TreeMap<>();

    private final Map<String, String> originalOf;

    /**
     * @param claims     the event's claims, in chronological order
     * @param originalOf each document that republishes another (a near-duplicate found at ingest) mapped to the
     *                   original: the copy speaks with the original's voice
     */
    SourceIdentity(List<Claim> claims, Map<String, String> originalOf) {
        this.originalOf = originalOf;
        Map<String, List<Claim>> byText = new TreeMap<>();
        for (Claim c : claims) {
            identityOfClaim.put(c.id(), ownIdentity(c));
            noteRepublished(c);
            String quote = fold(c.evidence().quote());
            if (quote.split(" ").length >= MIN_COPY_WORDS) {
                String key = FigureKey.of(c) + "|" + c.value().low() + "|" + c.value().high() + "|" + quote;
                byText.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        byText.values().forEach(this::markCopies);
    }

    /** The source's identity key of a claim of this event. */
    String of(Claim claim) {
        return identityOfClaim.getOrDefault(claim.id(), ownIdentity(claim));
    }

    /** The copied-report notes of one figure. */
    List<Note> copyNotes(String figureKey) {
        return copyNotesOfFigure.getOrDefault(figureKey, List.of());
    }

    private void markCopies(List<Claim> sameText) {
        Claim original = sameText.get(0);
        List<String> copyDocuments = sameText.stream().map(Claim::document)
                .filter(d -> !d.equals(original.document())).distinct().sorted(Comparator.naturalOrder()).toList();
        if (copyDocuments.isEmpty()) {
            return;
        }
        String identity = identityOfClaim.get(original.id());
        sameText.forEach(c -> identityOfClaim.put(c.id(), identity));
        copyNotesOfFigure.computeIfAbsent(FigureKey.of(original), k -> new ArrayList<>()).add(new Note(COPIED_REPORT,
                String.join(", ", copyDocuments) + " republish word for word the sentence of " + original.document()
                        + " stating " + Describe.value(original.value()) + " (" + original.id()
                        + "): one source, counted once, not corroboration."));
    }

    /** A claim of a republished document: the figure hears the original once, and says so. */
    private void noteRepublished(Claim c) {
        String original = originalOf.get(c.document());
        if (original == null || original.equals(c.document())) {
            return;
        }
        List<Note> notes = copyNotesOfFigure.computeIfAbsent(FigureKey.of(c), k -> new ArrayList<>());
        String message = c.document() + " republishes " + original + " (nearly the same text): its figures are "
                + original + "'s, counted once, not corroboration.";
        if (notes.stream().noneMatch(n -> n.message().equals(message))) {
            notes.add(new Note(COPIED_REPORT, message));
        }
    }

    private String ownIdentity(Claim c) {
        if (c.source() == null) {
            return "doc:" + originalOf.getOrDefault(c.document(), c.document());
        }
        if (c.source().entity() != null) {
            return "ent:" + c.source().entity();
        }
        if (c.source().text() != null && !c.source().text().isBlank()) {
            return "txt:" + fold(c.source().text());
        }
        return "doc:" + originalOf.getOrDefault(c.document(), c.document());
    }

    private static String fold(String text) {
        return NORMALIZER.fold(text).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}

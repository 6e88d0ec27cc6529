package org.hasila.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hasila.core.claim.Attribution;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Evidence;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Quantity;
import org.hasila.core.claim.Scope;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.hasila.core.entity.Mention;

/**
 * A corpus of any size that holds nothing: each document, its long text, its claim and its mention are made again
 * whenever asked for, as a store's cursor would read them. What a report writer keeps of it is what it retains.
 */
final class GeneratedCorpus implements ReportCorpus {

    static final String ENTITY = "org:moh";
    private static final String SENTENCE = "أعلنت وزارة الصحة مقتل 12 مدنياً في القصف.";
    private static final String FILLER = "وقال شهود إن فرق الإسعاف ما زالت تعمل في المنطقة. ";

    private final int documents;
    private final int textLength;

    GeneratedCorpus(int documents, int textLength) {
        this.documents = documents;
        this.textLength = textLength;
    }

    static String documentId(int i) {
        return String.format("d-%012x", i);
    }

    static String claimId(int i) {
        return String.format("c-%012x", i);
    }

    /** The filler, the document's own number (so no two texts are equal), then the sentence the claim quotes. */
    private String text(int i) {
        StringBuilder text = new StringBuilder(textLength + SENTENCE.length() + 16);
        text.append(i).append(' ');
        while (text.length() < textLength) {
            text.append(FILLER);
        }
        return text.append(SENTENCE).toString();
    }

    private Document document(int i) {
        String file = "articles/" + i + ".txt";
        return new Document(documentId(i), file, List.of(file), "0".repeat(64), "text/plain; charset=UTF-8", "ar",
                "مقال " + i, "2024-03-05", null, null, DocumentStatus.PROCESSED, null, text(i));
    }

    private Claim claim(int i) {
        String text = text(i);
        int start = text.length() - SENTENCE.length();
        return new Claim(claimId(i), documentId(i), Kind.KILLED, Group.CIVILIANS,
                new Quantity(12, 12L, Qualifier.EXACT, "12"), new Attribution(ENTITY, "وزارة الصحة"), "2024-03-05",
                Evidence.of(text, start, text.length()), Scope.INCIDENT, null, null);
    }

    private Mention mention(int i) {
        String text = text(i);
        int start = text.length() - SENTENCE.length() + "أعلنت ".length();
        return new Mention(ENTITY, documentId(i), start, start + "وزارة الصحة".length(), "وزارة الصحة");
    }

    private static int index(String id) {
        return Integer.parseInt(id.substring(2), 16);
    }

    @Override
    public int documentCount() {
        return documents;
    }

    @Override
    public int claimCount() {
        return documents;
    }

    @Override
    public void documents(Consumer<Document> each) {
        for (int i = 0; i < documents; i++) {
            each.accept(document(i));
        }
    }

    @Override
    public void claims(Consumer<Claim> each) {
        for (int i = 0; i < documents; i++) {
            each.accept(claim(i));
        }
    }

    @Override
    public void mentions(List<String> entities, Consumer<Mention> each) {
        if (entities.contains(ENTITY)) {
            mentions(each);
        }
    }

    @Override
    public void mentions(Consumer<Mention> each) {
        for (int i = 0; i < documents; i++) {
            each.accept(mention(i));
        }
    }

    @Override
    public List<Claim> claims(List<String> ids) {
        List<Claim> found = new ArrayList<>();
        for (String id : ids) {
            int i = index(id);
            if (i < documents) {
                found.add(claim(i));
            }
        }
        return found;
    }

    @Override
    public Document document(String id) {
        int i = index(id);
        return i < documents ? document(i) : null;
    }
}

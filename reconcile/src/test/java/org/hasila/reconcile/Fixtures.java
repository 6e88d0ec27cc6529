package org.hasila.reconcile;

import java.util.ArrayList;
import java.util.List;
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

/** Small builders for hand-made documents, claims and mentions. */
final class Fixtures {

    private Fixtures() {
    }

    static Document doc(String id, String published) {
        return new Document(id, id + ".txt", null, "0", "text/plain; charset=UTF-8", "ar", null, published, null,
                null, DocumentStatus.PROCESSED, null, "");
    }

    /** {@code count} mentions of one entity in a document, at distinct offsets from {@code from}. */
    static List<Mention> mentions(String entity, String document, int from, int count, String text) {
        List<Mention> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new Mention(entity, document, from + i * 100, from + i * 100 + text.length(), text));
        }
        return list;
    }

    /** As {@link #mentions}, named in sentences of figures about the incident. */
    static List<Mention> inFigures(String entity, String document, int from, int count, String text) {
        return mentions(entity, document, from, count, text).stream()
                .map(m -> new Mention(m.entity(), m.document(), m.start(), m.end(), m.text(), Mention.Role.FIGURE))
                .toList();
    }

    static Quantity exact(long n) {
        return Quantity.exact(n, Long.toString(n));
    }

    static Quantity about(long n) {
        return new Quantity(n, n, Qualifier.APPROXIMATE, "about " + n);
    }

    static Quantity atLeast(long n) {
        return new Quantity(n, null, Qualifier.AT_LEAST, "at least " + n);
    }

    static Quantity moreThan(long n) {
        return new Quantity(n, null, Qualifier.MORE_THAN, "more than " + n);
    }

    static Quantity vague(long low, long high, String word) {
        return new Quantity(low, high, Qualifier.VAGUE, word);
    }

    static Attribution source(String entity, String text) {
        return new Attribution(entity, text);
    }

    /** A claim builder with defaults: killed civilians, outlet's voice, incident scope, no date or place. */
    static ClaimBuilder claim(String id, String document) {
        return new ClaimBuilder(id, document);
    }

    static final class ClaimBuilder {
        private final String id;
        private final String document;
        private Kind kind = Kind.KILLED;
        private Group group = Group.CIVILIANS;
        private Quantity value = exact(1);
        private Attribution source;
        private String asOf;
        private String quote;
        private int start;
        private Scope scope = Scope.INCIDENT;
        private String partOf;
        private String place;
        private String listedWith;
        private boolean partisan;
        private String asOfTime;

        private ClaimBuilder(String id, String document) {
            this.id = id;
            this.document = document;
        }

        ClaimBuilder kind(Kind k) { this.kind = k; return this; }
        ClaimBuilder group(Group g) { this.group = g; return this; }
        ClaimBuilder value(Quantity q) { this.value = q; return this; }
        ClaimBuilder source(String entity, String text) { this.source = new Attribution(entity, text); return this; }
        ClaimBuilder asOf(String date) { this.asOf = date; return this; }
        ClaimBuilder quote(String q) { this.quote = q; return this; }
        ClaimBuilder at(int offset) { this.start = offset; return this; }
        ClaimBuilder wider() { this.scope = Scope.WIDER; return this; }
        ClaimBuilder earlier() { this.scope = Scope.EARLIER; return this; }
        ClaimBuilder scope(Scope s) { this.scope = s; return this; }
        ClaimBuilder partOf(String total) { this.partOf = total; return this; }
        ClaimBuilder place(String p) { this.place = p; return this; }
        ClaimBuilder listedWith(String first) { this.listedWith = first; return this; }
        ClaimBuilder partisan() { this.partisan = true; return this; }
        ClaimBuilder asOfTime(String time) { this.asOfTime = time; return this; }

        Claim build() {
            String q = quote != null ? quote : value.text() + " " + kind.code() + " " + group.code();
            return new Claim(id, document, kind, group, value, source, asOf, new Evidence(start, start + q.length(), q),
                    scope, partOf, place, listedWith, partisan, asOfTime);
        }
    }
}

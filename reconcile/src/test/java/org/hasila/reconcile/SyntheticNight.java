package org.hasila.reconcile;

import static org.hasila.reconcile.Fixtures.claim;
import static org.hasila.reconcile.Fixtures.doc;
import static org.hasila.reconcile.Fixtures.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Group;
import org.hasila.core.document.Document;
import org.hasila.core.entity.Mention;

/** A generated night: ten claims per document, two documents per place, 40 sources, one month. */
record SyntheticNight(List<Document> documents, List<Claim> claims, List<Mention> mentions) {

    static SyntheticNight of(int claimCount) {
        List<Document> docs = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Mention> m = new ArrayList<>();
        int documents = Math.max(1, claimCount / 10);
        int places = Math.max(1, claimCount / 20);
        for (int i = 0; i < documents; i++) {
            String d = "d-" + i;
            docs.add(doc(d, String.format(Locale.ROOT, "2023-07-%02d", 1 + i % 28)));
            m.addAll(Fixtures.mentions("loc:p" + (i % places), d, 0, 2, "Place " + i));
            for (int j = 0; j < 10; j++) {
                claims.add(claim("c-" + i + "-" + j, d).group(Group.values()[j % 5]).value(exact(i % 50 + j))
                        .source("org:s" + (i + j) % 40, "S").at(j * 80).build());
            }
        }
        return new SyntheticNight(docs, claims, m);
    }
}

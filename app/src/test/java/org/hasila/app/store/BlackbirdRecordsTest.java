package org.hasila.app.store;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.hasila.core.event.Event;
import org.hasila.core.event.Figure;
import org.hasila.core.event.Note;
import org.hasila.core.event.TimelineEntry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store's records read back through Blackbird's generated constructors are the records jackson-databind's own
 * path builds, every component included: nulls, boxed and primitive numbers, enums, nested records and lists.
 */
class BlackbirdRecordsTest {

    static final String TEXT = "قالت وزارة الصحة إن 12 شخصاً على الأقل قتلوا، بينهم ٤ أطفال.";

    final JsonMapper plain = JsonMapper.builder().build();
    final JsonMapper blackbird = JsonMapper.builder().addModule(new StoreJsonConfiguration().blackbirdModule()).build();

    @Test
    void claimsComeBackTheSameWhetherFullOrSparse() {
        int start = TEXT.indexOf("12 شخصاً على الأقل");
        Claim full = new Claim("c-0123456789ab", "d-0123456789ab", Kind.KILLED, Group.ALL,
                new Quantity(12, null, Qualifier.AT_LEAST, "12 شخصاً على الأقل"),
                new Attribution("org:moh", "وزارة الصحة"), "2026-01-02",
                Evidence.of(TEXT, start, start + "12 شخصاً على الأقل".length()), Scope.INCIDENT, "c-ba9876543210",
                "loc:hasakah");
        Claim sparse = new Claim("c-0000000000ff", "d-0123456789ab", Kind.INJURED, Group.CIVILIANS,
                new Quantity(4, 4L, Qualifier.EXACT, "٤"), null, null, null, null, null, null);
        assertSameBothWays(full, Claim.class);
        assertSameBothWays(sparse, Claim.class);
    }

    @Test
    void documentsMentionsAndEventsComeBackTheSame() {
        assertSameBothWays(new Document("d-0123456789ab", "a/b.html", List.of("a/b.html", "c/b.html"), "0".repeat(64),
                "text/html", "ar", "عنوان", "2026-01-02", null, "الحسكة", DocumentStatus.PROCESSED, null, TEXT),
                Document.class);
        // a wire report dated by its month and day alone keeps them ("BEIRUT, Sept 18 (Reuters) -")
        assertSameBothWays(new Document("d-0123456789ac", "w.txt", null, "0".repeat(64), "text/plain", "en", null, null,
                null, "BEIRUT", "--09-18", DocumentStatus.PROCESSED, null, TEXT), Document.class);
        assertSameBothWays(new Mention("org:moh", "d-0123456789ab", 5, 16, "وزارة الصحة"), Mention.class);
        Figure figure = new Figure(Kind.KILLED, Group.ALL, 12L, 12L, null, "conservative",
                List.of("c-0123456789ab"), List.of("c-0123456789ab"), true,
                List.of(new Note("sources-disagree", "12 against 15")));
        assertSameBothWays(new Event("e-0123456789ab", "attack", "Attack at الحسكة", "loc:hasakah", "2026-01-02",
                null, List.of("d-0123456789ab"), List.of(figure),
                List.of(new TimelineEntry("2026-01-02", "وزارة الصحة: 12 killed (all)", "d-0123456789ab", 0, 20))),
                Event.class);
    }

    private <T> void assertSameBothWays(T record, Class<T> type) {
        String body = plain.writeValueAsString(record);
        assertThat(blackbird.writeValueAsString(record)).isEqualTo(body);
        T read = blackbird.readValue(body, type);
        assertThat(read).isEqualTo(plain.readValue(body, type)).isEqualTo(record);
    }
}

package org.hasila.extract.claim;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.hasila.extract.entity.EntityMatch;

/**
 * The place a figure's sentence names: the facility or place nearest to the figure, or {@code null} when the
 * sentence names none (reconciliation then uses the document's main place). A dateline ("صنعاء - قالت ...",
 * "الخرطوم (رويترز) -") says where the story was filed, not where it happened, so it is never a figure's place.
 */
final class PlaceChooser {

    private static final String FACILITY = "facility";
    private static final String PLACE = "place";
    /** After a dateline's city: an optional bracketed agency or date, then a dash or colon. */
    private static final Pattern DATELINE_TAIL = Pattern.compile("\\s*(\\([^)\\n]{0,40}\\)\\s*)?[-–—:]");

    private final String folded;

    PlaceChooser(String folded) {
        this.folded = folded;
    }

    String place(List<EntityMatch> entities, Sentence sentence, int numberStart) {
        return entities.stream()
                .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end())
                .filter(m -> isPlace(m.entity().type()))
                .filter(m -> !isDateline(m))
                .min(Comparator.comparingInt((EntityMatch m) -> Math.abs(m.start() - numberStart))
                        .thenComparing(m -> FACILITY.equals(m.entity().type()) ? 0 : 1))
                .map(m -> m.entity().id())
                .orElse(null);
    }

    private boolean isDateline(EntityMatch m) {
        int lineStart = folded.lastIndexOf('\n', m.start() - 1) + 1;
        if (!folded.substring(lineStart, m.start()).isBlank()) {
            return false;
        }
        return DATELINE_TAIL.matcher(folded).region(m.end(), folded.length()).lookingAt();
    }

    private static boolean isPlace(String type) {
        return FACILITY.equals(type) || PLACE.equals(type);
    }
}

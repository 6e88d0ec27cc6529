package org.hasila.extract.claim;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hasila.extract.entity.EntityMatch;

/**
 * The place a figure is about: the facility or place its sentence names nearest to it, else the
 * facility the document names most, else the place it names most.
 */
final class PlaceChooser {

    private static final String FACILITY = "facility";
    private static final String PLACE = "place";

    private final String documentDefault;

    PlaceChooser(List<EntityMatch> entities) {
        String best = mostNamed(entities, FACILITY);
        this.documentDefault = best != null ? best : mostNamed(entities, PLACE);
    }

    String place(List<EntityMatch> entities, Sentence sentence, int numberStart) {
        Optional<EntityMatch> near = entities.stream()
                .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end())
                .filter(m -> isPlace(m.entity().type()))
                .min(Comparator.comparingInt((EntityMatch m) -> Math.abs(m.start() - numberStart))
                        .thenComparing(m -> FACILITY.equals(m.entity().type()) ? 0 : 1));
        return near.map(m -> m.entity().id()).orElse(documentDefault);
    }

    private static boolean isPlace(String type) {
        return FACILITY.equals(type) || PLACE.equals(type);
    }

    private static String mostNamed(List<EntityMatch> entities, String type) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EntityMatch m : entities) {
            if (type.equals(m.entity().type())) {
                counts.merge(m.entity().id(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }
}

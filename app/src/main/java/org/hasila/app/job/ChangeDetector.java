package org.hasila.app.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hasila.core.claim.Claim;
import org.hasila.core.event.Event;
import org.hasila.core.event.Figure;
import org.hasila.core.event.Reconciliation;
import org.hasila.report.Changes;
import org.hasila.report.FigureChange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed since the previous successful run, read from the report it published: claims added and removed,
 * and figures (by event, kind and group) whose low, best or high moved, appeared or went away.
 */
final class ChangeDetector {

    private final JsonMapper json;

    ChangeDetector(JsonMapper json) {
        this.json = json;
    }

    Changes since(Path previousReport, List<Claim> claims, Reconciliation reconciliation) {
        if (!Files.isRegularFile(previousReport)) {
            return Changes.none();
        }
        JsonNode previous;
        try {
            previous = json.readTree(Files.readString(previousReport));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the previous report " + previousReport, e);
        }
        Set<String> before = new TreeSet<>();
        previous.path("claims").forEach(c -> before.add(c.path("id").asString()));
        Set<String> now = new LinkedHashSet<>();
        claims.forEach(c -> now.add(c.id()));
        List<String> added = now.stream().filter(id -> !before.contains(id)).sorted().toList();
        List<String> removed = before.stream().filter(id -> !now.contains(id)).toList();
        Long since = previous.path("run").path("jobExecutionId").isNumber()
                ? previous.path("run").path("jobExecutionId").asLong() : null;
        return new Changes(since, added, removed, figureChanges(previous, reconciliation));
    }

    private static List<FigureChange> figureChanges(JsonNode previous, Reconciliation reconciliation) {
        Map<String, Long[]> before = new TreeMap<>();
        for (JsonNode event : previous.path("events")) {
            for (JsonNode f : event.path("figures")) {
                before.put(key(event.path("id").asString(), f.path("kind").asString(), f.path("group").asString()),
                        new Long[] {number(f.get("low")), number(f.get("best")), number(f.get("high"))});
            }
        }
        Map<String, Long[]> after = new TreeMap<>();
        for (Event event : reconciliation.events()) {
            for (Figure f : event.figures()) {
                after.put(key(event.id(), f.kind().code(), f.group().code()), new Long[] {f.low(), f.best(), f.high()});
            }
        }
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<FigureChange> changes = new ArrayList<>();
        for (String key : keys) {
            Long[] old = before.getOrDefault(key, new Long[3]);
            Long[] neu = after.getOrDefault(key, new Long[3]);
            if (!java.util.Arrays.equals(old, neu)) {
                String[] parts = key.split("\\|", -1);
                changes.add(new FigureChange(parts[0], parts[1], parts[2], old[0], old[1], old[2], neu[0], neu[1], neu[2]));
            }
        }
        return changes;
    }

    private static String key(String event, String kind, String group) {
        return event + "|" + kind + "|" + group;
    }

    private static Long number(JsonNode node) {
        return node == null || !node.isNumber() ? null : Objects.requireNonNull(node.asLong());
    }
}

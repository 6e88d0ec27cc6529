package org.hasila.app.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.hasila.core.event.Event;
import org.hasila.core.event.Figure;
import org.hasila.core.event.Reconciliation;
import org.hasila.report.Changes;
import org.hasila.report.FigureChange;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed since the previous successful run, read from the report it published: claims added and removed,
 * and figures (by event, kind and group) whose low, best or high moved, appeared or went away.
 *
 * <p>Claim ids are compared as longs ({@link ClaimDigests}): 8 bytes a claim on each side instead of a set of
 * strings, so that what is held grows by 16 bytes a claim, not a hundred and more. The ids themselves are then read
 * again, for the longs on one side only. The extractor's ids are compared exactly; ids of another form by a 63-bit
 * digest, where two ids with the same digest would hide a change (among a million such ids on each side, a chance of
 * about one in five million).
 */
final class ChangeDetector {

    private final JsonMapper json;

    ChangeDetector(JsonMapper json) {
        this.json = json;
    }

    /**
     * Reads the previous report as a stream, keeping only its claim ids as longs and its figures (never its tree),
     * and compares them with the run's claim ids (read without their bodies) and events.
     */
    Changes since(Path previousReport, StoredCorpus corpus, Reconciliation reconciliation) {
        if (!Files.isRegularFile(previousReport)) {
            return Changes.none();
        }
        ClaimDigests before = new ClaimDigests();
        Previous previous = read(previousReport, before::add);
        ClaimDigests now = new ClaimDigests();
        corpus.claimIds(now::add);
        long[] added = now.notIn(before);
        long[] removed = before.notIn(now);
        List<String> addedIds = new ArrayList<>();
        if (added.length > 0) {
            corpus.claimIds(ClaimDigests.among(added, addedIds::add));
        }
        List<String> removedIds = new ArrayList<>();
        if (removed.length > 0) {
            read(previousReport, ClaimDigests.among(removed, removedIds::add));
        }
        return new Changes(previous.jobExecutionId, sortedDistinct(addedIds), sortedDistinct(removedIds),
                figureChanges(previous.figures, reconciliation));
    }

    private static List<String> sortedDistinct(List<String> ids) {
        return ids.stream().distinct().sorted().toList();
    }

    /** What the comparison needs of the previous report besides its claims. */
    private static final class Previous {
        final Map<String, Long[]> figures = new TreeMap<>();
        Long jobExecutionId;
    }

    /** Reads the previous report's figures and run, handing each of its claim ids to {@code claimIds}. */
    private Previous read(Path report, Consumer<String> claimIds) {
        Previous previous = new Previous();
        try (JsonParser parser = json.createParser(report.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new UncheckedIOException(new IOException("the previous report " + report + " is not a JSON object"));
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY && (name.equals("claims") || name.equals("events"))) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        if (name.equals("claims")) {
                            claimIds.accept(claimId(parser));
                        } else {
                            addFigures(parser, previous.figures);
                        }
                    }
                } else if (value == JsonToken.START_OBJECT && name.equals("run")) {
                    JsonNode run = parser.readValueAsTree();
                    previous.jobExecutionId = run.path("jobExecutionId").isNumber()
                            ? run.path("jobExecutionId").asLong() : null;
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException("cannot read the previous report " + report, e));
        }
        return previous;
    }

    /** The id of the claim object the parser is at the start of, read without building the claim; the object is consumed. */
    private static String claimId(JsonParser parser) {
        String id = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("id") && value.isScalarValue()) {
                id = parser.getString();
            } else {
                parser.skipChildren();
            }
        }
        return id == null ? "" : id;
    }

    /**
     * Adds the figures of the event object the parser is at the start of, reading its id and its figures and
     * skipping the rest (its timeline, claims and notes, most of an event) without building them; the object is
     * consumed.
     */
    private static void addFigures(JsonParser parser, Map<String, Long[]> figures) {
        String id = null;
        JsonNode eventFigures = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("id") && value.isScalarValue()) {
                id = parser.getString();
            } else if (field.equals("figures") && value == JsonToken.START_ARRAY) {
                eventFigures = parser.readValueAsTree();
            } else {
                parser.skipChildren();
            }
        }
        if (eventFigures == null) {
            return;
        }
        for (JsonNode f : eventFigures) {
            figures.put(key(id == null ? "" : id, f.path("kind").asString(), f.path("group").asString()),
                    new Long[] {number(f.get("low")), number(f.get("best")), number(f.get("high"))});
        }
    }

    private static List<FigureChange> figureChanges(Map<String, Long[]> before, Reconciliation reconciliation) {
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

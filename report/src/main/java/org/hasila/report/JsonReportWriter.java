package org.hasila.report;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.hasila.core.entity.Entity;
import org.hasila.core.entity.Mention;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams report.json token by token, so a large report is never one tree in memory; the key order and the
 * explicit nulls follow the report contract.
 */
final class JsonReportWriter {

    /**
     * 1.1: the contract's 1.0 plus run.documentsSkipped, documents[].files, claims[].scope, partOf, place; 1.2 plus
     * claims[].listedWith; 1.3 plus claims[].partisan; 1.4 plus the note group-folded (a figure of all listing one
     * group's claims as bounds); 1.5 plus the note picked-out (civilians picked out of a toll of all make no figure of
     * their own) and partisan claims bounding no range where another source counts; 1.6 plus
     * documents[].publishedMonthDay; 1.7 plus claims[].asOfTime (the time of a live page's entry).
     */
    static final String SCHEMA_VERSION = "1.7";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonReportWriter() {
    }

    static void write(OutputStream out, ReportInput input, Instant generatedAt, TextIndex texts) {
        try (JsonGenerator g = MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringProperty("schemaVersion", SCHEMA_VERSION);
            g.writeStringProperty("generatedAt", timestamp(generatedAt));
            writeRun(g, input.run());
            writeDocuments(g, input.corpus());
            writeEntities(g, input);
            JsonClaimWriter.writeClaims(g, input);
            JsonEventWriter.writeEvents(g, input.reconciliation().events(), texts);
            writeChanges(g, input.changes());
            g.writeEndObject();
        }
    }

    /** ISO-8601 instant to the second, e.g. {@code 2026-11-26T02:00:03Z}. */
    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void writeRun(JsonGenerator g, RunSummary run) {
        g.writeObjectPropertyStart("run");
        g.writeNumberProperty("jobExecutionId", run.jobExecutionId());
        JsonFields.string(g, "status", run.status());
        JsonFields.string(g, "input", run.input());
        g.writeNumberProperty("documentsRead", run.documentsRead());
        g.writeNumberProperty("documentsQuarantined", run.documentsQuarantined());
        g.writeNumberProperty("documentsUnchanged", run.documentsUnchanged());
        g.writeNumberProperty("documentsSkipped", run.documentsSkipped());
        g.writeEndObject();
    }

    private static void writeDocuments(JsonGenerator g, ReportCorpus corpus) {
        g.writeArrayPropertyStart("documents");
        corpus.documentsWithoutText(d -> {
            g.writeStartObject();
            JsonFields.string(g, "id", d.id());
            JsonFields.string(g, "file", d.file());
            JsonFields.strings(g, "files", d.files());
            JsonFields.string(g, "sha256", d.sha256());
            JsonFields.string(g, "contentType", d.contentType());
            JsonFields.string(g, "language", d.language());
            JsonFields.string(g, "title", d.title());
            JsonFields.string(g, "published", d.published());
            JsonFields.string(g, "author", d.author());
            JsonFields.string(g, "dateline", d.dateline());
            JsonFields.string(g, "publishedMonthDay", d.monthDay());
            JsonFields.string(g, "status", d.status() == null ? null : d.status().code());
            JsonFields.string(g, "error", d.error());
            g.writeEndObject();
        });
        g.writeEndArray();
    }

    /**
     * Fails unless every mention of a known entity quotes its document's text at its offsets, the mentions checked
     * in document order (each text read once); stops at the next mention once {@code stopped}. Run beside the
     * writing of report.json (by {@link ReportWriter}), which publishes them only once this has passed.
     */
    static void checkMentions(ReportInput input, TextIndex texts, BooleanSupplier stopped) {
        Map<String, Entity> known = known(input);
        DocumentBatch<Mention> checks = new DocumentBatch<>(texts::prefetch, Mention::document,
                m -> texts.checkQuote("mention of " + m.entity(), m.document(), m.start(), m.end(), m.text()));
        input.corpus().mentions(m -> {
            if (stopped.getAsBoolean()) {
                throw new ReportException("stopped: the report the mentions belong to failed");
            }
            if (m.entity() != null && known.containsKey(m.entity())) {
                checks.add(m);
            }
        });
        checks.flush();
    }

    /**
     * Entities that are mentioned at least once, by id, each with its mentions by document and offset (checked
     * against their texts by {@link #checkMentions}), from one pass over them in entity order.
     */
    private static void writeEntities(JsonGenerator g, ReportInput input) {
        Map<String, Entity> known = known(input);
        g.writeArrayPropertyStart("entities");
        String[] open = new String[1];
        input.corpus().mentions(List.copyOf(known.keySet()), m -> {
            if (!m.entity().equals(open[0])) {
                if (open[0] != null) {
                    endEntity(g);
                }
                open[0] = m.entity();
                startEntity(g, known.get(m.entity()));
            }
            g.writeStartObject();
            JsonFields.string(g, "document", m.document());
            g.writeNumberProperty("start", m.start());
            g.writeNumberProperty("end", m.end());
            JsonFields.string(g, "text", m.text());
            g.writeEndObject();
        });
        if (open[0] != null) {
            endEntity(g);
        }
        g.writeEndArray();
    }

    /** The entities a report may name, by id (the first of an id). */
    private static Map<String, Entity> known(ReportInput input) {
        Map<String, Entity> known = new TreeMap<>();
        input.entities().forEach(e -> known.putIfAbsent(e.id(), e));
        return known;
    }

    private static void startEntity(JsonGenerator g, Entity e) {
        g.writeStartObject();
        JsonFields.string(g, "id", e.id());
        JsonFields.string(g, "type", e.type());
        JsonFields.string(g, "name", e.name());
        JsonFields.string(g, "nameAr", e.nameAr());
        JsonFields.strings(g, "aliases", e.aliases());
        g.writeArrayPropertyStart("mentions");
    }

    private static void endEntity(JsonGenerator g) {
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeChanges(JsonGenerator g, Changes changes) {
        g.writeObjectPropertyStart("changes");
        JsonFields.number(g, "since", changes.since());
        JsonFields.strings(g, "claimsAdded", changes.claimsAdded());
        JsonFields.strings(g, "claimsRemoved", changes.claimsRemoved());
        g.writeArrayPropertyStart("figuresChanged");
        for (FigureChange c : changes.figuresChanged()) {
            g.writeStartObject();
            JsonFields.string(g, "event", c.event());
            JsonFields.string(g, "kind", c.kind());
            JsonFields.string(g, "group", c.group());
            JsonFields.number(g, "oldLow", c.oldLow());
            JsonFields.number(g, "oldBest", c.oldBest());
            JsonFields.number(g, "oldHigh", c.oldHigh());
            JsonFields.number(g, "newLow", c.newLow());
            JsonFields.number(g, "newBest", c.newBest());
            JsonFields.number(g, "newHigh", c.newHigh());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}

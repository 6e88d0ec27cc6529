package org.hasila.report;

import org.hasila.core.claim.Attribution;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Evidence;
import org.hasila.core.claim.Quantity;
import tools.jackson.core.JsonGenerator;

/** Streams the {@code claims} array of report.json. */
final class JsonClaimWriter {

    private JsonClaimWriter() {
    }

    /**
     * Writes every claim. Their quotes are not checked against the texts here but in report.html's claims section,
     * which reads each claim's document anyway (see {@link ReportWriter#write}).
     */
    static void writeClaims(JsonGenerator g, ReportInput input) {
        g.writeArrayPropertyStart("claims");
        input.corpus().claims(c -> writeClaim(g, c, input.eventOf(c.id())));
        g.writeEndArray();
    }

    private static void writeClaim(JsonGenerator g, Claim c, String event) {
        g.writeStartObject();
        JsonFields.string(g, "id", c.id());
        JsonFields.string(g, "document", c.document());
        JsonFields.string(g, "event", event);
        JsonFields.string(g, "kind", c.kind() == null ? null : c.kind().code());
        JsonFields.string(g, "group", c.group() == null ? null : c.group().code());
        writeValue(g, c.value());
        writeSource(g, c.source());
        JsonFields.string(g, "asOf", c.asOf());
        writeEvidence(g, c);
        JsonFields.string(g, "scope", c.scope() == null ? null : c.scope().code());
        JsonFields.string(g, "partOf", c.partOf());
        JsonFields.string(g, "place", c.place());
        JsonFields.string(g, "listedWith", c.listedWith());
        g.writeBooleanProperty("partisan", c.partisan());
        JsonFields.string(g, "asOfTime", c.asOfTime());
        g.writeEndObject();
    }

    private static void writeValue(JsonGenerator g, Quantity value) {
        g.writeName("value");
        if (value == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeNumberProperty("low", value.low());
        JsonFields.number(g, "high", value.high());
        JsonFields.string(g, "qualifier", value.qualifier() == null ? null : value.qualifier().code());
        JsonFields.string(g, "text", value.text());
        g.writeEndObject();
    }

    /** {@code null} as a whole when the outlet speaks in its own voice, as the contract says. */
    private static void writeSource(JsonGenerator g, Attribution source) {
        g.writeName("source");
        if (source == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        JsonFields.string(g, "entity", source.entity());
        JsonFields.string(g, "text", source.text());
        g.writeEndObject();
    }

    private static void writeEvidence(JsonGenerator g, Claim c) {
        Evidence evidence = c.evidence();
        g.writeName("evidence");
        if (evidence == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeNumberProperty("start", evidence.start());
        g.writeNumberProperty("end", evidence.end());
        JsonFields.string(g, "quote", evidence.quote());
        g.writeEndObject();
    }
}

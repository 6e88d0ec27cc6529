package org.hasila.report;

import java.util.List;
import org.hasila.core.event.Event;
import org.hasila.core.event.Figure;
import org.hasila.core.event.Note;
import org.hasila.core.event.TimelineEntry;
import tools.jackson.core.JsonGenerator;

/** Streams the {@code events} array of report.json: each event with its figures and timeline. */
final class JsonEventWriter {

    private JsonEventWriter() {
    }

    static void writeEvents(JsonGenerator g, List<Event> events, TextIndex texts) {
        g.writeArrayPropertyStart("events");
        if (events != null) {
            for (Event e : events) {
                writeEvent(g, e, texts);
            }
        }
        g.writeEndArray();
    }

    private static void writeEvent(JsonGenerator g, Event e, TextIndex texts) {
        g.writeStartObject();
        JsonFields.string(g, "id", e.id());
        JsonFields.string(g, "type", e.type());
        JsonFields.string(g, "title", e.title());
        JsonFields.string(g, "place", e.place());
        JsonFields.string(g, "start", e.start());
        JsonFields.string(g, "end", e.end());
        JsonFields.strings(g, "documents", e.documents());
        g.writeArrayPropertyStart("figures");
        if (e.figures() != null) {
            for (Figure f : e.figures()) {
                writeFigure(g, f);
            }
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("timeline");
        if (e.timeline() != null) {
            e.timeline().forEach(t -> writeTimelineEntry(g, e, t, texts));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeFigure(JsonGenerator g, Figure f) {
        g.writeStartObject();
        JsonFields.string(g, "kind", f.kind() == null ? null : f.kind().code());
        JsonFields.string(g, "group", f.group() == null ? null : f.group().code());
        JsonFields.number(g, "low", f.low());
        JsonFields.number(g, "best", f.best());
        JsonFields.number(g, "high", f.high());
        JsonFields.string(g, "policy", f.policy());
        JsonFields.strings(g, "claims", f.claims());
        JsonFields.strings(g, "current", f.current());
        g.writeBooleanProperty("conflict", f.conflict());
        g.writeArrayPropertyStart("notes");
        if (f.notes() != null) {
            for (Note n : f.notes()) {
                g.writeStartObject();
                JsonFields.string(g, "code", n.code());
                JsonFields.string(g, "message", n.message());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeTimelineEntry(JsonGenerator g, Event e, TimelineEntry t, TextIndex texts) {
        texts.checkWithin("timeline entry of event " + e.id(), t.document(), t.start(), t.end());
        g.writeStartObject();
        JsonFields.string(g, "at", t.at());
        JsonFields.string(g, "text", t.text());
        JsonFields.string(g, "document", t.document());
        g.writeNumberProperty("start", t.start());
        g.writeNumberProperty("end", t.end());
        g.writeEndObject();
    }
}

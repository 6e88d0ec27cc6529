package org.hasila.report;

import java.util.List;
import tools.jackson.core.JsonGenerator;

/** Property writers that write an explicit JSON {@code null} for unknown values instead of dropping the key. */
final class JsonFields {

    private JsonFields() {
    }

    static void string(JsonGenerator g, String name, String value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    static void number(JsonGenerator g, String name, Long value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.longValue());
        }
    }

    static void strings(JsonGenerator g, String name, List<String> values) {
        g.writeArrayPropertyStart(name);
        if (values != null) {
            for (String value : values) {
                if (value == null) {
                    g.writeNull();
                } else {
                    g.writeString(value);
                }
            }
        }
        g.writeEndArray();
    }
}

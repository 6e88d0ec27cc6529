package org.hasila.core.claim;

import java.util.Locale;

/** Whether a figure is about the incident itself, about something wider (a region, a year), or about an earlier one. */
public enum Scope {
    INCIDENT, WIDER,
    /** About an earlier, different incident the article recalls ("a similar blast in October killed six"). */
    EARLIER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}

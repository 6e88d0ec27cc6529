package org.hasila.core.claim;

import java.util.Locale;

/** Whether a figure is about the incident itself or about something wider (a region, a year). */
public enum Scope {
    INCIDENT, WIDER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}

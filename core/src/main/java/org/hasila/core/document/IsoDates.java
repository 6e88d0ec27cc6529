package org.hasila.core.document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The calendar day of the ISO dates and date-times that documents and claims carry ({@code 2023-01-30},
 * {@code 2023-01-30T08:15}): one reading for extraction, reconciliation and the report.
 */
public final class IsoDates {

    private IsoDates() {
    }

    /** The day of {@code iso}, or {@code null} when absent, partial or not a date. */
    public static LocalDate dateOf(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

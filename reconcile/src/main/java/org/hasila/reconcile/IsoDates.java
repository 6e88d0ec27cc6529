package org.hasila.reconcile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the date part of the ISO dates and date-times that claims and documents carry. */
final class IsoDates {

    private IsoDates() {
    }

    /** The calendar date of an ISO date or date-time, or {@code null} when absent or partial. */
    static LocalDate dateOf(String iso) {
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

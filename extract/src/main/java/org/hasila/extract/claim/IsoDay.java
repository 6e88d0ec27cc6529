package org.hasila.extract.claim;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The calendar day of the ISO dates and date-times documents and claims carry ("2023-01-30", "2023-01-30T08:15"). */
final class IsoDay {

    private IsoDay() {
    }

    /** The day of {@code iso}, or {@code null} when absent or not a date. */
    static LocalDate of(String iso) {
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

package org.hasila.app.bench;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/** Dates the ways Arabic news writes them: both month systems, mixed, numeric, and relative to the publication. */
final class ArabicDates {

    private static final String[] LEVANTINE = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز",
            "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
    private static final String[] GREGORIAN = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
            "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    /** Monday first, as {@link java.time.DayOfWeek}. */
    private static final String[] WEEKDAYS = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
            "الأحد"};

    private ArabicDates() {
    }

    /** The incident's date as a report published on {@code published} would put it. */
    static String incidentDate(LocalDate date, LocalDate published, Random random) {
        long daysBefore = published.toEpochDay() - date.toEpochDay();
        if (daysBefore == 0 && random.nextBoolean()) {
            return "اليوم " + weekday(date);
        }
        if (daysBefore == 1 && random.nextBoolean()) {
            return "أمس " + weekday(date);
        }
        return switch (random.nextInt(4)) {
            case 0 -> "يوم " + weekday(date) + " " + date.getDayOfMonth() + " " + mixed(date) + " " + date.getYear();
            case 1 -> "في " + date.getDayOfMonth() + " " + GREGORIAN[date.getMonthValue() - 1] + " " + date.getYear();
            case 2 -> "في " + ArabicNumbers.eastern(date.getDayOfMonth()) + " "
                    + LEVANTINE[date.getMonthValue() - 1] + " " + ArabicNumbers.eastern(date.getYear());
            default -> "يوم " + weekday(date) + " الماضي";
        };
    }

    /** A line that states the publication date and nothing much else. */
    static String dateLine(LocalDate published, String town, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> String.format(Locale.ROOT, "%04d.%02d.%02d | %02d:%02d %s", published.getYear(),
                    published.getMonthValue(), published.getDayOfMonth(), 6 + random.nextInt(16), random.nextInt(60),
                    town);
            case 1 -> weekday(published) + " " + published.getDayOfMonth() + " " + mixed(published) + " "
                    + published.getYear();
            default -> published.getDayOfMonth() + " " + GREGORIAN[published.getMonthValue() - 1] + " "
                    + published.getYear();
        };
    }

    static String weekday(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    }

    private static String mixed(LocalDate date) {
        return LEVANTINE[date.getMonthValue() - 1] + "/" + GREGORIAN[date.getMonthValue() - 1];
    }
}

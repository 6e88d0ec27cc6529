package org.hasila.app.bench;

import java.util.Random;

/** Writes a count the three ways Arabic news writes it: ASCII digits, Eastern Arabic digits, or words. */
final class ArabicNumbers {

    private static final String[] UNITS = {"", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية",
            "تسعة", "عشرة"};
    private static final String[] TENS = {"", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون",
            "ثمانون", "تسعون"};
    private static final String[] HUNDREDS = {"", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة",
            "سبعمئة", "ثمانمئة", "تسعمئة"};

    private ArabicNumbers() {
    }

    /** A third of counts as ASCII digits, a third as Eastern digits, a third as words (digits above 999). */
    static String any(int n, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> Integer.toString(n);
            case 1 -> eastern(n);
            default -> n < 1000 ? words(n) : Integer.toString(n);
        };
    }

    static String eastern(int n) {
        String ascii = Integer.toString(n);
        StringBuilder out = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            out.append((char) ('٠' + (ascii.charAt(i) - '0')));
        }
        return out.toString();
    }

    /** Words for 1 to 999 in the nominative masculine: "خمسة عشر", "ثلاثمئة وأربعة وسبعون". */
    static String words(int n) {
        if (n <= 0 || n > 999) {
            throw new IllegalArgumentException("no words for " + n);
        }
        int hundreds = n / 100;
        int rest = n % 100;
        String below = rest == 0 ? "" : belowHundred(rest);
        if (hundreds == 0) {
            return below;
        }
        return below.isEmpty() ? HUNDREDS[hundreds] : HUNDREDS[hundreds] + " و" + below;
    }

    private static String belowHundred(int n) {
        if (n <= 10) {
            return UNITS[n];
        }
        if (n == 11) {
            return "أحد عشر";
        }
        if (n == 12) {
            return "اثنا عشر";
        }
        if (n < 20) {
            return UNITS[n % 10] + " عشر";
        }
        int unit = n % 10;
        return unit == 0 ? TENS[n / 10] : UNITS[unit] + " و" + TENS[n / 10];
    }
}

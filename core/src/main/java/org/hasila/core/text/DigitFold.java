package org.hasila.core.text;

/** Eastern Arabic, Persian and other decimal digits to ASCII; Arabic separators to ASCII ones. */
public final class DigitFold implements CharFold {

    @Override
    public int fold(char c) {
        if (c >= '0' && c <= '9') {
            return c;
        }
        int digit = Character.digit(c, 10);
        if (digit >= 0) {
            return '0' + digit;
        }
        return switch (c) {
            case '\u066C' -> ',';   // Arabic thousands separator
            case '\u066B' -> '.';   // Arabic decimal separator
            case '\u060C' -> '،';   // keep the Arabic comma as it is
            default -> c;
        };
    }
}

package org.hasila.report;

/** Escapes text for HTML element content and quoted attribute values. */
final class Html {

    private Html() {
    }

    /** {@code value} with {@code & < > " '} replaced by character references; {@code null} becomes empty. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            String replacement = replacement(value.charAt(i));
            if (replacement != null && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(value.charAt(i));
                }
            }
        }
        return out == null ? value : out.toString();
    }

    private static String replacement(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}

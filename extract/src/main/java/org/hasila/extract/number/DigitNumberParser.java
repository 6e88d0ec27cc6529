package org.hasila.extract.number;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number written in digits (Eastern digits are already ASCII in the folded text), with
 * thousands separators (5,000 and 5٬000, or 5.000) and an optional multiplier word (5 آلاف، 12 ألف،
 * 1.5 مليون، 1,2 مليون). Digit groups that are dates, times, ranges or codes (2022.01.22، 20/1/2022، 19:01،
 * 3-64، F16) are not counts.
 */
final class DigitNumberParser {

    private static final Pattern PLAIN = Pattern.compile("[1-9][0-9]{0,14}|0");
    private static final Pattern COMMA_GROUPS = Pattern.compile("[1-9][0-9]{0,2}(?:,[0-9]{3})+");
    private static final Pattern DOT_GROUPS = Pattern.compile("[1-9][0-9]{0,2}(?:\\.[0-9]{3})+");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,6}\\.[0-9]{1,3}");
    /** "1,2 مليون": a decimal comma, before a multiplier only, and with fewer digits after it than a thousands group. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[0-9]{1,6},[0-9]{1,2}");
    /** Digits a multiplier may follow: with separators of thousands or decimals only. */
    private static final Pattern AMOUNT_DIGITS = Pattern.compile("[0-9]+(?:[.,][0-9]+)*");
    private static final String GLUED_BEFORE_NOT_COUNT = "-/:.#+$";

    private final NumberLexicon lexicon;

    DigitNumberParser(NumberLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Optional<Core> parse(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!token.isNum() || partOfCode(tokens, i)) {
            return Optional.empty();
        }
        Optional<NumberWord> multiplier = multiplier(tokens, i + 1);
        String raw = token.text();
        BigDecimal value;
        if (PLAIN.matcher(raw).matches()) {
            value = new BigDecimal(raw);
        } else if (COMMA_GROUPS.matcher(raw).matches()) {
            value = new BigDecimal(raw.replace(",", ""));
        } else if (DOT_GROUPS.matcher(raw).matches() && multiplier.isEmpty()) {
            value = new BigDecimal(raw.replace(".", ""));
        } else if (DECIMAL.matcher(raw).matches() && multiplier.isPresent()) {
            value = new BigDecimal(raw);
        } else if (DECIMAL_COMMA.matcher(raw).matches() && multiplier.isPresent()) {
            value = new BigDecimal(raw.replace(',', '.'));
        } else {
            return Optional.empty();
        }
        int last = i;
        if (multiplier.isPresent()) {
            value = value.multiply(BigDecimal.valueOf(multiplier.get().value()));
            last = i + 1;
            // "53 ألفاً و901 شهيد": the rest after the thousands, joined by و, is part of the number (not another
            // number of thousands: "5 آلاف و3 آلاف")
            long rest = rest(tokens, last + 1, multiplier.get().value());
            if (rest > 0 && multiplier(tokens, last + 3).isEmpty()) {
                value = value.add(BigDecimal.valueOf(rest));
                last += 2;
            }
        }
        if (value.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        return Optional.of(Core.exact(i, last, token.start(), tokens.get(last).end(), value.longValueExact(),
                Core.Source.DIGITS));
    }

    /** Digits after a lone و at {@code k}, below the multiplier they follow; else 0. */
    private static long rest(List<Token> tokens, int k, long multiplier) {
        if (k + 1 >= tokens.size() || !tokens.get(k).isWord() || !tokens.get(k).text().equals("و")
                || !tokens.get(k + 1).isNum() || !PLAIN.matcher(tokens.get(k + 1).text()).matches()) {
            return 0;
        }
        long rest = Long.parseLong(tokens.get(k + 1).text());
        return rest < multiplier ? rest : 0;
    }

    private Optional<NumberWord> multiplier(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord()) {
            return Optional.empty();
        }
        return lexicon.lookup(tokens.get(k).text())
                .filter(w -> w.role() == NumberWord.Role.MULT || w.role() == NumberWord.Role.MULT_PLURAL);
    }

    /**
     * Whether the token at {@code i} is a multiplier right after digits ("Rs1 million"، "$5 million"، "2,5 مليون"):
     * it multiplies them, and where they are no count (a code, an amount glued to its currency, a decimal comma) it
     * counts nothing by itself either.
     */
    boolean multipliesDigitsBefore(List<Token> tokens, int i) {
        // not after a time or a date ("07:30 آلاف العائلات تنزح"): those multiply nothing
        return i > 0 && tokens.get(i - 1).isNum() && AMOUNT_DIGITS.matcher(tokens.get(i - 1).text()).matches()
                && multiplier(tokens, i).isPresent();
    }

    /** Digits glued to letters other than proclitics, or to a dash or slash, name a thing (F16، 3-64). */
    private static boolean partOfCode(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.glued() && i > 0) {
            Token before = tokens.get(i - 1);
            if (before.isWord() ? !Clitics.onlyClitics(before.text())
                    : GLUED_BEFORE_NOT_COUNT.contains(before.text())) {
                return true;
            }
        }
        if (i + 1 < tokens.size()) {
            Token after = tokens.get(i + 1);
            boolean extension = after.text().equals(".") && i + 2 < tokens.size()
                    && tokens.get(i + 2).glued() && tokens.get(i + 2).latin();
            return after.glued() && (after.latin() || after.text().equals("-") || after.text().equals("/") || extension);
        }
        return false;
    }
}

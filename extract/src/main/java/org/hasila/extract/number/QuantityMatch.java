package org.hasila.extract.number;

import org.hasila.core.claim.Quantity;

/**
 * A stated quantity found in folded text: the number (digits, words, a dual noun or a vague word)
 * with the qualifier words that bound it.
 *
 * @param start       start of the whole expression, qualifier included, in folded offsets
 * @param end         exclusive end of the whole expression, in folded offsets
 * @param numberStart start of the number itself (without qualifier), in folded offsets
 * @param numberEnd   exclusive end of the number itself, in folded offsets
 * @param quantity    the interval it states; {@code quantity.text()} is the original text of [start, end)
 * @param dual        true when the number is carried by the person noun itself, with no numeral: a dual (مدنيان = 2)
 *                    or a singular after a word of killing or arrest (مقتل جندي = 1)
 * @param boundStart  start of the qualifier words or the number, past an estimating verb the expression may open with
 *                    ("قدر الجيش الحصيلة بنحو 150": the army, the verb's subject, is no part of the bound)
 */
public record QuantityMatch(int start, int end, int numberStart, int numberEnd, Quantity quantity, boolean dual,
                            int boundStart) {

    /** A quantity whose expression opens with its qualifier or its number. */
    public QuantityMatch(int start, int end, int numberStart, int numberEnd, Quantity quantity, boolean dual) {
        this(start, end, numberStart, numberEnd, quantity, dual, start);
    }
}

package org.hasila.extract.number;

import java.util.Locale;

/** A number word of the lexicon: its value and the part it can play in a compound. */
record NumberWord(long value, Role role) {

    enum Role {
        UNIT, COMPOUND_UNIT, TEN, HUNDRED, MULT, MULT_PLURAL, MULT_DUAL;

        static Role fromCode(String code) {
            return valueOf(code.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        }
    }

    boolean isUnit() {
        return role == Role.UNIT || role == Role.COMPOUND_UNIT;
    }

    boolean isMultiplier() {
        return role == Role.MULT || role == Role.MULT_PLURAL || role == Role.MULT_DUAL;
    }
}

package org.hasila.extract.time;

import java.time.LocalTime;

/**
 * A time-of-day expression in folded text.
 *
 * @param bare true for a part of the day alone (مساء، صباح): it only counts when attached to a date
 */
record TimeOfDay(int start, int end, LocalTime time, boolean bare) {

    int length() {
        return end - start;
    }
}

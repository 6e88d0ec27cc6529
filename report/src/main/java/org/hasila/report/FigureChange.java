package org.hasila.report;

/**
 * How one reconciled figure moved since the previous run; a side is all {@code null} when the figure is new or gone.
 *
 * @param event the event id
 * @param kind  kind code, as in the contract's vocabulary
 * @param group group code, as in the contract's vocabulary
 */
public record FigureChange(String event, String kind, String group, Long oldLow, Long oldBest, Long oldHigh,
                           Long newLow, Long newBest, Long newHigh) {
}

package org.hasila.reconcile;

/**
 * What a policy concludes about one figure.
 *
 * @param low  lowest credible value
 * @param best best estimate
 * @param high highest credible value, or {@code null} when open-ended
 */
record Estimate(Long low, Long best, Long high) {
}

package org.hasila.reconcile;

import java.util.Locale;

/**
 * How reconciliation weighs figures and groups reports into incidents.
 *
 * @param policy     name of the figure policy: {@code conservative} (ACLED-like, the default) or {@code ucdp}
 * @param windowDays how many days may separate two dated statements of one incident
 */
public record ReconcileSettings(String policy, int windowDays) {

    public static final String CONSERVATIVE = "conservative";
    public static final String UCDP = "ucdp";
    public static final int DEFAULT_WINDOW_DAYS = 10;

    public ReconcileSettings {
        policy = policy == null || policy.isBlank() ? CONSERVATIVE : policy.trim().toLowerCase(Locale.ROOT);
        if (!policy.equals(CONSERVATIVE) && !policy.equals(UCDP)) {
            throw new IllegalArgumentException("unknown figure policy: " + policy);
        }
        if (windowDays < 0) {
            throw new IllegalArgumentException("window must not be negative: " + windowDays);
        }
    }

    /** The conservative policy and a ten-day window. */
    public static ReconcileSettings defaults() {
        return new ReconcileSettings(CONSERVATIVE, DEFAULT_WINDOW_DAYS);
    }
}

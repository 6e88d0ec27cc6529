package org.hasila.app.job;

/** Names of the job's parameters. */
public final class JobParameterNames {

    /** The input folder (identifying). */
    public static final String INPUT = "input";
    /** The output folder (identifying). */
    public static final String OUTPUT = "output";
    /** The night the run is for (identifying): one completed run per input, output and date. */
    public static final String RUN_DATE = "runDate";
    /** Where ingest and extract run (not identifying): see {@link RunMode}. */
    public static final String MODE = "mode";

    private JobParameterNames() {
    }
}

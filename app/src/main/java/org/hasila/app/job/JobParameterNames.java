package org.hasila.app.job;

/** Names of the job's parameters. */
public final class JobParameterNames {

    /** The input folder (identifying). */
    public static final String INPUT = "input";
    /** The output folder (identifying). */
    public static final String OUTPUT = "output";
    /** When the run was asked for; makes each run its own job instance (identifying). */
    public static final String REQUESTED_AT = "requestedAt";

    private JobParameterNames() {
    }
}

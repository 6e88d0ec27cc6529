package org.hasila.app.job;

import java.util.Locale;
import org.springframework.batch.core.job.parameters.JobParameters;

/** Where a run's ingest and extract steps run; kept in the run's parameters, so that a restart runs them the same way. */
public enum RunMode {

    /** In this process (the run command). */
    LOCAL,
    /** In worker processes, one partition at a time, handed out through the broker by this process (the manager). */
    DISTRIBUTED;

    /** The value of the run's {@link JobParameterNames#MODE} parameter. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode a run was started in; runs from before modes existed were local. */
    static RunMode of(JobParameters parameters) {
        String mode = parameters.getString(JobParameterNames.MODE);
        return mode == null ? LOCAL : valueOf(mode.toUpperCase(Locale.ROOT));
    }
}

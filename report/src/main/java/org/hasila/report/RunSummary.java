package org.hasila.report;

/**
 * What the batch run did, as reported in report.json's {@code run} object.
 *
 * @param jobExecutionId       Spring Batch job execution id
 * @param status               batch status name, e.g. {@code COMPLETED}
 * @param input                the input folder or label the run read
 * @param documentsRead        documents read in this run
 * @param documentsQuarantined documents that could not be read
 * @param documentsUnchanged   documents identical to the previous run's
 * @param documentsSkipped     documents read but not processed (additive to contract 1.0)
 */
public record RunSummary(long jobExecutionId, String status, String input, int documentsRead,
                         int documentsQuarantined, int documentsUnchanged, int documentsSkipped) {
}

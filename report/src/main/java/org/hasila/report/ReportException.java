package org.hasila.report;

/** A report could not be written; the previous report, if any, is left in place. */
public class ReportException extends RuntimeException {

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.hasila.app.cli;

/** Another run is marked running on the same database; exit code 3. */
public class RunInProgressException extends RuntimeException {

    public RunInProgressException(String message) {
        super(message);
    }
}

package org.hasila.app.cli;

/** A command line that cannot be carried out as written; exit code 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}

package org.hasila.ingest;

/** A file that cannot become a document; the message is the one-line reason listed with it. */
public class BadInputException extends Exception {

    public BadInputException(String reason) {
        super(reason);
    }

    public BadInputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

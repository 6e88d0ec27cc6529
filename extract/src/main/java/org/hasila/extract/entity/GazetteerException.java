package org.hasila.extract.entity;

/** A gazetteer file that cannot be read or has a malformed line; the message names file and line. */
public class GazetteerException extends RuntimeException {

    private final String file;
    private final int line;

    public GazetteerException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public GazetteerException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.line = 0;
    }

    /** The file (or classpath resource) that was being read. */
    public String file() {
        return file;
    }

    /** The 1-based line at fault, or 0 when the problem is not one line's. */
    public int line() {
        return line;
    }
}

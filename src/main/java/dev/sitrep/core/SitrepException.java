package dev.sitrep.core;

/**
 * The root of Sitrep's typed errors. Each pipeline stage has one subtype; each maps to a CLI exit code,
 * so a script calling {@code sitrep} can tell bad input from a failed render.
 */
public class SitrepException extends RuntimeException {

    private final int exitCode;

    public SitrepException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public SitrepException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}

package dev.sitrep.jobs;

import dev.sitrep.core.SitrepException;

/** A flash assessment asked for an event id the log does not hold (CLI exit 3, HTTP 404). */
public class UnknownEventException extends SitrepException {

    public static final int EXIT_CODE = 3;

    UnknownEventException(String message) {
        super(message, EXIT_CODE);
    }
}
